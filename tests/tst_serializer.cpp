// The lead serializer: field order, newest interactions first, relative times, the token budget
// (never a split character or token), the Chinese template, determinism and segment spans.

#include "engine/serializer.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

using namespace ll::engine;
using ll::tokenizer::BpeTokenizer;
using ll::tokenizer::TokenId;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kSnapshot = 1'760'000'000;

std::shared_ptr<const BpeTokenizer> tokenizer() {
  static const auto tok = std::make_shared<const BpeTokenizer>(
      BpeTokenizer::fromFile(std::string(LL_TEST_DATA_DIR) + "/tokenizer/trained.tokenizer.json"));
  return tok;
}

bool validUtf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

InteractionRecord interaction(InteractionKind kind, std::int64_t daysBefore, std::string text, double duration = -1) {
  InteractionRecord r;
  r.kind = kind;
  r.at = kSnapshot - daysBefore * kDay;
  r.text = std::move(text);
  if (duration >= 0) r.durationS = duration;
  return r;
}

LeadRecord sampleLead() {
  LeadRecord lead;
  lead.rowId = 7;
  lead.leadId = "L7";
  lead.createdAt = kSnapshot - 10 * kDay;
  lead.channel = "App";
  lead.city = "Hangzhou";
  lead.modelInterest = "Model Y";
  lead.budgetBand = "200-300k";
  lead.interactions = {
      interaction(InteractionKind::Call, 9, "First call, asked about price", 95),
      interaction(InteractionKind::StoreVisit, 5, "Came with spouse"),
      interaction(InteractionKind::Call, 3, "Lease ends next month\nwants delivery soon", 240),
  };
  InteractionRecord undated;
  undated.kind = InteractionKind::Note;
  undated.text = "UNDATED NOTE";
  lead.interactions.push_back(undated);
  auto future = interaction(InteractionKind::OrderLock, -2, "FUTURE ORDER");
  lead.interactions.insert(lead.interactions.begin() + 3, future);
  return lead;
}

LeadRecord longLead(bool chinese, int notes) {
  LeadRecord lead;
  lead.leadId = "L-long";
  lead.createdAt = kSnapshot - 60 * kDay;
  lead.channel = chinese ? "抖音" : "Website";
  for (int i = notes; i >= 1; --i) {
    std::string note;
    for (int k = 0; k < 6; ++k)
      note += chinese ? "客户说租约下个月到期，配偶需要一起试驾，比较了竞品价格。" : "Customer compares prices with a competitor and asks about the lease. ";
    lead.interactions.push_back(interaction(InteractionKind::Call, i, note, 60.0 * i));
  }
  return lead;
}

}  // namespace

class TestSerializer : public QObject {
  Q_OBJECT

 private slots:
  void fieldsFirstInTemplateOrder() {
    const LeadSerializer s(tokenizer(), SerializerSpec::defaults("en", 512));
    const auto out = s.serialize(sampleLead(), kSnapshot);
    QVERIFY(out.segments.size() > 4);
    QCOMPARE(out.segments.front().kind, SegmentKind::Header);
    QCOMPARE(out.segments.back().kind, SegmentKind::Prompt);
    QVERIFY(out.text.ends_with("Will this lead lock an order? Answer:"));
    // Field segments come before any interaction and follow the template's order.
    const auto& fields = SerializerTemplate::english().fields;
    std::size_t lastFieldIndex = 0;
    bool seenInteraction = false;
    for (const auto& seg : out.segments) {
      if (seg.kind == SegmentKind::Interaction) seenInteraction = true;
      if (seg.kind != SegmentKind::Field) continue;
      QVERIFY(!seenInteraction);
      const auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.key == seg.key; });
      QVERIFY(it != fields.end());
      const auto index = static_cast<std::size_t>(it - fields.begin());
      QVERIFY(index >= lastFieldIndex);
      lastFieldIndex = index;
    }
    QVERIFY(out.text.find("Created: 10 days ago\n") != std::string::npos);
    QVERIFY(out.text.find("Channel: App\n") != std::string::npos);
    QVERIFY(out.text.find("Model of interest: Model Y\n") != std::string::npos);
    QVERIFY(out.text.find("Longest call: 4 min 0 s\n") != std::string::npos);
    QVERIFY(out.text.find("Last contact: 3 days ago\n") != std::string::npos);
    QVERIFY(out.text.find("Activity: call x2, store visit x1\n") != std::string::npos);
  }

  void interactionsNewestFirstAndNothingAfterTheSnapshot() {
    const LeadSerializer s(tokenizer(), SerializerSpec::defaults("en", 512));
    const auto out = s.serialize(sampleLead(), kSnapshot);
    std::vector<std::int64_t> order;
    for (const auto& seg : out.segments)
      if (seg.kind == SegmentKind::Interaction) order.push_back(seg.interaction);
    QCOMPARE(order, (std::vector<std::int64_t>{2, 1, 0}));
    QCOMPARE(out.interactionsKnown, std::size_t(3));
    QCOMPARE(out.interactionsKept, std::size_t(3));
    const auto newest = out.text.find("- 3 days ago: call (4 min 0 s): Lease ends next month wants delivery soon\n");
    const auto oldest = out.text.find("- 9 days ago: call (1 min 35 s): First call, asked about price\n");
    QVERIFY(newest != std::string::npos);
    QVERIFY(oldest != std::string::npos);
    QVERIFY(newest < oldest);
    QVERIFY(out.text.find("FUTURE") == std::string::npos);
    QVERIFY(out.text.find("UNDATED") == std::string::npos);
  }

  void segmentsTileTheIdsAndMatchTheirText() {
    const LeadSerializer s(tokenizer(), SerializerSpec::defaults("en", 512));
    const auto out = s.serialize(sampleLead(), kSnapshot);
    std::size_t next = 0;
    std::string text;
    for (const auto& seg : out.segments) {
      QCOMPARE(seg.tokenBegin, next);
      QVERIFY(seg.tokenEnd > seg.tokenBegin);
      next = seg.tokenEnd;
      text += seg.text;
      const std::vector<TokenId> span(out.ids.begin() + static_cast<std::ptrdiff_t>(seg.tokenBegin),
                                      out.ids.begin() + static_cast<std::ptrdiff_t>(seg.tokenEnd));
      QCOMPARE(tokenizer()->decodeBytes(span), seg.text);
    }
    QCOMPARE(next, out.ids.size());
    QCOMPARE(text, out.text);
    QCOMPARE(tokenizer()->decodeBytes(out.ids), out.text);
    // Occlusion: one segment out, the rest unchanged.
    for (std::size_t i = 0; i < out.segments.size(); ++i) {
      const auto without = out.idsWithout(i);
      const auto& seg = out.segments[i];
      QCOMPARE(without.size(), out.ids.size() - (seg.tokenEnd - seg.tokenBegin));
      QVERIFY(std::equal(out.ids.begin(), out.ids.begin() + static_cast<std::ptrdiff_t>(seg.tokenBegin), without.begin()));
      QVERIFY(std::equal(out.ids.begin() + static_cast<std::ptrdiff_t>(seg.tokenEnd), out.ids.end(),
                         without.begin() + static_cast<std::ptrdiff_t>(seg.tokenBegin)));
    }
  }

  void budgetNeverSplitsACharacterOrToken_data() {
    QTest::addColumn<bool>("chinese");
    QTest::newRow("en") << false;
    QTest::newRow("zh") << true;
  }
  void budgetNeverSplitsACharacterOrToken() {
    QFETCH(bool, chinese);
    const auto lead = longLead(chinese, 8);
    bool sawTruncated = false;
    std::size_t previousKept = 0;
    for (std::size_t budget = 48; budget <= 700; budget += 7) {
      const LeadSerializer s(tokenizer(), SerializerSpec::defaults(chinese ? "zh" : "en", budget));
      const auto out = s.serialize(lead, kSnapshot);
      QVERIFY2(out.ids.size() <= budget, qPrintable(QString::number(budget)));
      QVERIFY(validUtf8(out.text));
      QCOMPARE(tokenizer()->decodeBytes(out.ids), out.text);
      QCOMPARE(out.segments.back().kind, SegmentKind::Prompt);
      QVERIFY(out.interactionsKept >= previousKept);  // a larger budget never keeps less
      previousKept = out.interactionsKept;
      for (const auto& seg : out.segments) {
        QVERIFY(validUtf8(seg.text));
        const std::vector<TokenId> span(out.ids.begin() + static_cast<std::ptrdiff_t>(seg.tokenBegin),
                                        out.ids.begin() + static_cast<std::ptrdiff_t>(seg.tokenEnd));
        if (!seg.truncated) {
          // Whole lines are the tokenizer's own encoding of the line.
          QCOMPARE(tokenizer()->encode(seg.text), span);
        } else {
          sawTruncated = true;
          QVERIFY(seg.text.ends_with("…\n"));
        }
      }
      // Interactions kept are the newest ones, contiguous.
      std::int64_t expected = static_cast<std::int64_t>(lead.interactions.size()) - 1;
      for (const auto& seg : out.segments)
        if (seg.kind == SegmentKind::Interaction) QCOMPARE(seg.interaction, expected--);
    }
    QVERIFY(sawTruncated);
    const LeadSerializer roomy(tokenizer(), SerializerSpec::defaults(chinese ? "zh" : "en", 100000));
    QCOMPARE(roomy.serialize(lead, kSnapshot).interactionsKept, std::size_t(8));
  }

  void chineseTemplate() {
    const LeadSerializer s(tokenizer(), SerializerSpec::defaults("zh", 512));
    const auto out = s.serialize(sampleLead(), kSnapshot);
    QVERIFY(out.text.starts_with("销售线索\n"));
    QVERIFY(out.text.find("创建：10天前\n") != std::string::npos);
    QVERIFY(out.text.find("- 3天前：电话（4分0秒）：Lease ends next month wants delivery soon\n") != std::string::npos);
    QVERIFY(out.text.ends_with("该线索会锁单吗？回答："));
    QVERIFY(validUtf8(out.text));
  }

  void deterministicAndThreadSafe() {
    const LeadSerializer s(tokenizer(), SerializerSpec::defaults("en", 200));
    std::vector<LeadRecord> leads;
    for (int i = 0; i < 300; ++i) {
      auto lead = i % 2 ? sampleLead() : longLead(i % 3 == 0, 1 + i % 5);
      lead.city = "City " + std::to_string(i);
      leads.push_back(std::move(lead));
    }
    const std::int64_t snap = kSnapshot;
    const auto many = s.encodeMany(leads, std::span<const std::int64_t>(&snap, 1), 3);
    QCOMPARE(many.size(), leads.size());
    for (std::size_t i = 0; i < leads.size(); ++i) {
      QCOMPARE(many[i], s.encode(leads[i], kSnapshot));
      QCOMPARE(s.serialize(leads[i], kSnapshot).text, s.serialize(leads[i], kSnapshot).text);
    }
    // One snapshot per lead: an older snapshot sees fewer interactions.
    std::vector<std::int64_t> snaps(leads.size(), kSnapshot - 4 * kDay);
    const auto older = s.encodeMany(leads, snaps, 2);
    for (std::size_t i = 0; i < leads.size(); ++i) QCOMPARE(older[i], s.encode(leads[i], snaps[i]));
    QCOMPARE(s.serialize(leads[1], snaps[1]).interactionsKnown, std::size_t(2));
    QCOMPARE(s.serialize(leads[1], kSnapshot).interactionsKnown, std::size_t(3));
  }

  void specRoundTripAndStrictErrors() {
    auto spec = SerializerSpec::defaults("zh", 300);
    spec.tmpl.fields.push_back({"attribute:Favourite colour", "颜色："});
    const auto back = SerializerSpec::fromJson(spec.toJson(), "manifest.json");
    QCOMPARE(back.toJson(), spec.toJson());
    auto lead = sampleLead();
    lead.attributes = {{"Favourite colour", "blue"}};
    const LeadSerializer a(tokenizer(), spec);
    const LeadSerializer b(tokenizer(), back);
    QCOMPARE(a.encode(lead, kSnapshot), b.encode(lead, kSnapshot));
    QVERIFY(a.serialize(lead, kSnapshot).text.find("颜色：blue\n") != std::string::npos);

    const auto expectError = [](const std::string& text, const char* needle) {
      try {
        (void)SerializerSpec::fromJson(text, "m.json");
        QFAIL("expected a SerializerError");
      } catch (const SerializerError& e) {
        QVERIFY2(std::string(e.what()).find(needle) != std::string::npos, e.what());
        QVERIFY2(std::string(e.what()).find("m.json") != std::string::npos, e.what());
      }
    };
    expectError("{", "not valid JSON");
    expectError(R"({"language":"fr","token_budget":100,"template":{}})", "language");
    expectError(R"({"language":"en","template":{}})", "token_budget");
    auto j = nlohmann::json::parse(spec.toJson());
    j["template"]["fields"][0]["key"] = "shoe_size";
    expectError(j.dump(), "fields[0]");
    j = nlohmann::json::parse(spec.toJson());
    j["template"].erase("prompt");
    expectError(j.dump(), "template.prompt");
    QVERIFY_THROWS_EXCEPTION(SerializerError, LeadSerializer(tokenizer(), SerializerSpec::defaults("en", 20)));
  }
};

QTEST_GUILESS_MAIN(TestSerializer)
#include "tst_serializer.moc"
