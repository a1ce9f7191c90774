#include "sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace ll::sql {
namespace {

[[noreturn]] void throwDb(sqlite3* db, int rc, std::string_view context) {
  std::string what(context);
  what += ": ";
  what += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  throw SqlError(rc, what);
}

constexpr const char* kIdSetType = "ll_id_set";

void inSet(sqlite3_context* context, int, sqlite3_value** argv) {
  const auto* set = static_cast<const IdSet*>(sqlite3_value_pointer(argv[0], kIdSetType));
  sqlite3_result_int(context, set && sqlite3_value_type(argv[1]) == SQLITE_INTEGER &&
                                      set->contains(sqlite3_value_int64(argv[1])));
}

}  // namespace

void IdSet::insert(std::int64_t id) {
  if (id < 0) return;
  const auto word = static_cast<std::size_t>(static_cast<std::uint64_t>(id) >> 6);
  if (word >= m_bits.size()) m_bits.resize(std::max(word + 1, m_bits.size() * 2), 0);
  const std::uint64_t mask = std::uint64_t(1) << (static_cast<std::uint64_t>(id) & 63);
  if ((m_bits[word] & mask) == 0) {
    m_bits[word] |= mask;
    ++m_size;
  }
}

void IdSet::clear() {
  m_bits.clear();
  m_size = 0;
}

Database::~Database() { close(); }

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    m_db = std::exchange(other.m_db, nullptr);
  }
  return *this;
}

Database Database::open(const std::string& path, bool create) {
  // Memory statistics take a global mutex on every allocation; nothing here reads them.
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string what = "cannot open database: ";
    what += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    throw SqlError(rc, what);
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, 5000);
  if (const int fn = sqlite3_create_function_v2(db, "ll_in_set", 2, SQLITE_UTF8, nullptr, inSet,
                                                nullptr, nullptr, nullptr);
      fn != SQLITE_OK) {
    sqlite3_close(db);
    throw SqlError(fn, "cannot register ll_in_set");
  }
  return Database(db);
}

void Database::close() {
  if (m_db) {
    sqlite3_close_v2(m_db);
    m_db = nullptr;
  }
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string what = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    throw SqlError(rc, what);
  }
}

Statement Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) throwDb(m_db, rc, "prepare");
  return Statement(m_db, stmt);
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return m_db && sqlite3_get_autocommit(m_db) == 0; }

std::optional<std::int64_t> Database::queryInt(std::string_view sql) {
  auto stmt = prepare(sql);
  if (!stmt.step() || stmt.isNull(0)) return std::nullopt;
  return stmt.columnInt(0);
}

std::optional<std::string> Database::queryText(std::string_view sql) {
  auto stmt = prepare(sql);
  if (!stmt.step() || stmt.isNull(0)) return std::nullopt;
  return std::string(stmt.columnText(0));
}

Statement::~Statement() {
  if (m_stmt) sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (m_stmt) sqlite3_finalize(m_stmt);
    m_db = std::exchange(other.m_db, nullptr);
    m_stmt = std::exchange(other.m_stmt, nullptr);
  }
  return *this;
}

void Statement::throwError(int rc) const { throwDb(m_db, rc, sqlite3_sql(m_stmt) ? sqlite3_sql(m_stmt) : "statement"); }

Statement& Statement::bindInt64(int index, std::int64_t value) {
  if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) throwError(rc);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK) throwError(rc);
  return *this;
}

Statement& Statement::bindText(int index, std::string_view text) {
  const int rc = sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
  if (rc != SQLITE_OK) throwError(rc);
  return *this;
}

Statement& Statement::bindNull(int index) {
  if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) throwError(rc);
  return *this;
}

Statement& Statement::bindPointer(int index, const void* pointer, const char* type) {
  // SQLite's interface takes a mutable pointer; the functions here only read through it.
  if (const int rc = sqlite3_bind_pointer(m_stmt, index, const_cast<void*>(pointer), type, nullptr); rc != SQLITE_OK)
    throwError(rc);
  return *this;
}

Statement& Statement::bindIdSet(int index, const IdSet& set) { return bindPointer(index, &set, kIdSetType); }

Statement& Statement::bindOptional(int index, const std::optional<std::int64_t>& value) {
  return value ? bindInt64(index, *value) : bindNull(index);
}

Statement& Statement::bindOptional(int index, const std::optional<double>& value) {
  return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindTextOrNull(int index, std::string_view text) {
  return text.empty() ? bindNull(index) : bindText(index, text);
}

bool Statement::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throwError(rc);
}

void Statement::run() {
  const int rc = sqlite3_step(m_stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    sqlite3_reset(m_stmt);
    throwError(rc);
  }
  sqlite3_reset(m_stmt);
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string_view Statement::columnText(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
  if (!text) return {};
  return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (m_open) {
    try {
      m_db.exec("ROLLBACK");
    } catch (const SqlError&) {
      // The connection may already have rolled back on its own (e.g. after SQLITE_FULL).
    }
  }
}

void Transaction::commit() {
  m_db.exec("COMMIT");
  m_open = false;
}

void Transaction::rollback() {
  if (m_open) m_db.exec("ROLLBACK");
  m_open = false;
}

}  // namespace ll::sql
