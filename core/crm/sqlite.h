#pragma once
// A thin RAII layer over the SQLite C API. The workspace uses SQLite directly rather than
// QtSql: bulk imports bind millions of values, and binding UTF-8 string_views straight into
// prepared statements (no QVariant, no QString round trip) is what lets an import that
// validates and maps still outrun sqlite3's own .import.
// Throws SqlError inside core; services turn it into ll::Error at their boundary.

#include <bit>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ll::sql {

class SqlError : public std::runtime_error {
 public:
  SqlError(int code, const std::string& what) : std::runtime_error(what), m_code(code) {}
  [[nodiscard]] int code() const { return m_code; }

 private:
  int m_code;
};

class Statement;

// A set of non-negative row ids that SQL tests membership in: `ll_in_set(?N, id)` is 1 when the
// set bound at ?N (Statement::bindIdSet) holds id, else 0. Every connection opened here knows
// the function. For a set too large to list in the SQL (a search matching a hundred thousand
// leads) and tested while an index is walked in some order.
class IdSet {
 public:
  void insert(std::int64_t id);
  [[nodiscard]] bool contains(std::int64_t id) const {
    if (id < 0) return false;
    const auto word = static_cast<std::uint64_t>(id) >> 6;
    return word < m_bits.size() && ((m_bits[word] >> (static_cast<std::uint64_t>(id) & 63)) & 1) != 0;
  }
  [[nodiscard]] std::int64_t size() const { return m_size; }
  [[nodiscard]] bool empty() const { return m_size == 0; }
  void clear();
  // Calls f(id) for each id, ascending.
  template <class F>
  void forEach(F&& f) const {
    for (std::size_t w = 0; w < m_bits.size(); ++w) {
      std::uint64_t word = m_bits[w];
      while (word != 0) {
        const int bit = std::countr_zero(word);
        f(static_cast<std::int64_t>((w << 6) | static_cast<std::size_t>(bit)));
        word &= word - 1;
      }
    }
  }

 private:
  std::vector<std::uint64_t> m_bits;
  std::int64_t m_size = 0;
};

class Database {
 public:
  Database() = default;
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Opens (creating if asked) the database file. Throws SqlError.
  static Database open(const std::string& path, bool create);

  void exec(std::string_view sql);  // one or more statements, no results
  Statement prepare(std::string_view sql);
  [[nodiscard]] std::int64_t lastInsertRowId() const;
  [[nodiscard]] int changes() const;
  [[nodiscard]] bool inTransaction() const;
  [[nodiscard]] sqlite3* handle() const { return m_db; }
  [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
  void close();

  // Single value of a one-row query (or nullopt when no row).
  std::optional<std::int64_t> queryInt(std::string_view sql);
  std::optional<std::string> queryText(std::string_view sql);

 private:
  explicit Database(sqlite3* db) : m_db(db) {}
  sqlite3* m_db = nullptr;
};

class Statement {
 public:
  Statement() = default;
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binding; indexes are 1-based as in SQLite. Text is copied only if `transient`.
  template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
  Statement& bind(int index, T value) {
    return bindInt64(index, static_cast<std::int64_t>(value));
  }
  Statement& bindInt64(int index, std::int64_t value);
  Statement& bind(int index, double value);
  // The bytes must stay alive until the statement is stepped (SQLITE_STATIC).
  Statement& bindText(int index, std::string_view text);
  Statement& bindNull(int index);
  // A pointer for an application function (sqlite3_bind_pointer): SQL sees NULL, a function
  // registered on the connection reads it back by `type`, which must be a string literal. The
  // pointee must outlive the statement's steps.
  Statement& bindPointer(int index, const void* pointer, const char* type);
  Statement& bindIdSet(int index, const IdSet& set);
  Statement& bindOptional(int index, const std::optional<std::int64_t>& value);
  Statement& bindOptional(int index, const std::optional<double>& value);
  // Empty view -> NULL.
  Statement& bindTextOrNull(int index, std::string_view text);

  // Returns true while there is a row.
  bool step();
  // Steps a statement that returns no rows, then resets it for reuse.
  void run();
  void reset();  // also clears bindings

  [[nodiscard]] int columnCount() const;
  [[nodiscard]] bool isNull(int column) const;
  [[nodiscard]] std::int64_t columnInt(int column) const;
  [[nodiscard]] double columnDouble(int column) const;
  [[nodiscard]] std::string_view columnText(int column) const;  // valid until next step/reset

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
  [[noreturn]] void throwError(int rc) const;
  sqlite3* m_db = nullptr;
  sqlite3_stmt* m_stmt = nullptr;
};

// Begins a transaction (IMMEDIATE: takes the write lock at once) and rolls it back unless
// commit() was called.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();
  void rollback();

 private:
  Database& m_db;
  bool m_open = true;
};

}  // namespace ll::sql
