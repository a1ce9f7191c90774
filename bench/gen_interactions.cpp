// Writes a per-interaction CRM export of N rows (about 200 bytes a row) for the import
// benchmark: lead id, type, time, call duration and a note that sometimes needs quoting
// (commas, doubled quotes) or is Chinese. Deterministic for a seed.
//   gen_interactions ROWS OUT.csv [SEED]

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s ROWS OUT.csv [SEED]\n", argv[0]);
    return 2;
  }
  const long rows = std::atol(argv[1]);
  const unsigned seed = argc > 3 ? static_cast<unsigned>(std::atol(argv[3])) : 42u;
  std::FILE* out = std::fopen(argv[2], "wb");
  if (!out) {
    std::perror(argv[2]);
    return 1;
  }
  static const char* kinds[] = {"Call", "Call", "Call", "Message", "Store visit", "Test drive", "Quote"};
  static const char* notes[] = {
      "Customer asked about delivery dates for the long-range trim and whether the price includes the wallbox; "
      "prefers a white exterior and wants the quote by email before the weekend",
      "Only comparing prices, said the competitor offered a bigger discount, will think about it over the weekend",
      "Lease on the current car ends next month, wants to book a second test drive with the spouse, \"very keen\"",
      "No answer, left a voicemail and sent the brochure by WeChat with the financing options attached to it, "
      "will try again on Thursday afternoon when the customer said work is quieter",
      "客户说租约下个月到期，想了解提车时间和金融方案，周末可能带家人来店再次试驾，预算在二十五万左右",
      "Waiting for a price cut at the end of the year, not in a hurry, keeps asking about trade-in value of the "
      "current petrol car and whether the insurance offer still stands next quarter",
  };
  std::mt19937_64 rng(seed);
  std::fputs("Lead ID,Type,Date,Duration (s),Notes\n", out);
  std::string line;
  const long leads = rows / 8 + 1;
  for (long i = 0; i < rows; ++i) {
    const long lead = static_cast<long>(rng() % static_cast<unsigned long>(leads));
    const char* kind = kinds[rng() % 7];
    const long day = static_cast<long>(rng() % 300);
    const int month = static_cast<int>(1 + day / 28 % 12), dom = static_cast<int>(1 + day % 28);
    const int hour = static_cast<int>(8 + rng() % 12), minute = static_cast<int>(rng() % 60);
    const int second = static_cast<int>(rng() % 60);
    const bool call = kind[0] == 'C';
    const unsigned duration = call ? static_cast<unsigned>(5 + rng() % 900) : 0;
    const char* note = notes[rng() % 6];
    const bool quote = std::strpbrk(note, ",\"\n") != nullptr;
    char buf[512];
    int n = std::snprintf(buf, sizeof buf, "L%08ld,%s,2026-%02d-%02dT%02d:%02d:%02d,", lead, kind, month, dom, hour,
                          minute, second);
    line.assign(buf, static_cast<std::size_t>(n));
    if (call) line += std::to_string(duration);
    line += ',';
    if (quote) {
      line += '"';
      for (const char* p = note; *p; ++p) {
        if (*p == '"') line += '"';
        line += *p;
      }
      line += '"';
    } else {
      line += note;
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), out);
  }
  return std::fclose(out) == 0 ? 0 : 1;
}
