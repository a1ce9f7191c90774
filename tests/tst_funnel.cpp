// The funnel definition and the labelled temporal split.
#include "demo/generator.h"
#include "engine/dataset.h"
#include "engine/funnel.h"

#include <QTest>

#include <random>

using namespace ll::engine;
using namespace Qt::StringLiterals;

namespace {

InteractionRecord rec(InteractionKind kind, std::int64_t at, std::optional<double> duration = std::nullopt,
                        std::string text = {}) {
  InteractionRecord r;
  r.kind = kind;
  r.at = at;
  r.durationS = duration;
  r.text = std::move(text);
  return r;
}

constexpr std::int64_t kDay = 86400;

LeadRecord lead(const std::string& id, std::int64_t created, std::vector<InteractionRecord> interactions) {
  LeadRecord r;
  r.leadId = id;
  r.createdAt = created;
  r.interactions = std::move(interactions);
  sortInteractions(r.interactions);
  return r;
}

InteractionKind toEngineKind(ll::demo::EventKind kind) {
  switch (kind) {
    case ll::demo::EventKind::Call: return InteractionKind::Call;
    case ll::demo::EventKind::Message: return InteractionKind::Message;
    case ll::demo::EventKind::StoreVisit: return InteractionKind::StoreVisit;
    case ll::demo::EventKind::TestDrive: return InteractionKind::TestDrive;
    case ll::demo::EventKind::Quote: return InteractionKind::Quote;
    case ll::demo::EventKind::OrderLock: return InteractionKind::OrderLock;
    case ll::demo::EventKind::Defeat: return InteractionKind::Defeat;
  }
  return InteractionKind::Note;
}

}  // namespace

class TestFunnel : public QObject {
  Q_OBJECT

 private slots:
  void carDefaultStages() {
    const auto f = FunnelDefinition::carDefault();
    const std::int64_t t0 = 1'000'000;
    const auto stage = [&](std::vector<InteractionRecord> events) {
      return f.stages()[static_cast<std::size_t>(f.stageInWindow(events, t0, t0 + 30 * kDay))].name;
    };
    QCOMPARE(stage({}), std::string("none"));
    QCOMPARE(stage({rec(InteractionKind::Call, t0 + 10, 0.0)}), std::string("none"));
    QCOMPARE(stage({rec(InteractionKind::Call, t0 + 10, 40.0)}), std::string("short_call"));
    QCOMPARE(stage({rec(InteractionKind::Call, t0 + 10, 180.0)}), std::string("long_call"));
    QCOMPARE(stage({rec(InteractionKind::Call, t0 + 10, 179.0), rec(InteractionKind::TestDrive, t0 + 20)}),
             std::string("test_drive"));
    // A defeat inside the window outranks activity; an order lock outranks both.
    QCOMPARE(stage({rec(InteractionKind::TestDrive, t0 + 20), rec(InteractionKind::Defeat, t0 + 30)}),
             std::string("defeat"));
    QCOMPARE(stage({rec(InteractionKind::Defeat, t0 + 30), rec(InteractionKind::OrderLock, t0 + 40)}),
             std::string("order_lock"));
    // The window is (from, to]: an event at the snapshot itself belongs before it.
    QCOMPARE(stage({rec(InteractionKind::TestDrive, t0)}), std::string("none"));
    QCOMPARE(stage({rec(InteractionKind::TestDrive, t0 + 30 * kDay)}), std::string("test_drive"));
    QCOMPARE(stage({rec(InteractionKind::TestDrive, t0 + 30 * kDay + 1)}), std::string("none"));
    // A configurable long-call threshold.
    const auto f120 = FunnelDefinition::carDefault(120);
    QCOMPARE(f120.stages()[static_cast<std::size_t>(
                               f120.stageInWindow({rec(InteractionKind::Call, t0 + 5, 150.0)}, t0, t0 + kDay))]
                 .name,
             std::string("long_call"));
  }

  // The generator labels its leads with its own ladder code; the funnel definition, read from
  // data, must agree with it on every simulated lead.
  void agreesWithGeneratorTruth() {
    ll::demo::Config config;
    config.leads = 3000;
    config.seed = 7;
    const auto data = ll::demo::simulate(config);
    const auto f = FunnelDefinition::carDefault();
    int compared = 0, nonTrivial = 0;
    for (const auto& l : data.leads) {
      std::vector<InteractionRecord> events;
      for (const auto& e : l.events)
        events.push_back(rec(toEngineKind(e.kind), e.at, e.kind == ll::demo::EventKind::Call ? std::optional<double>(e.durationS) : std::nullopt));
      const int stage = f.stageInWindow(events, l.snapshotAt, l.labelEnd);
      QCOMPARE(f.stages()[static_cast<std::size_t>(stage)].name, std::string(ll::demo::stageName(l.stage)));
      ++compared;
      nonTrivial += l.stage != ll::demo::Stage::None ? 1 : 0;
    }
    QCOMPARE(compared, 3000);
    QVERIFY(nonTrivial > 300);
  }

  void preferencesFollowTiers() {
    const auto f = FunnelDefinition::carDefault();
    const int lock = f.stageIndex("order_lock"), defeat = f.stageIndex("defeat"), drive = f.stageIndex("test_drive"),
              longCall = f.stageIndex("long_call"), shortCall = f.stageIndex("short_call"), none = f.stageIndex("none");
    auto p = f.preference(lock, defeat);
    QVERIFY(p && p->aWins);
    QCOMPARE(f.tiers()[static_cast<std::size_t>(p->tier)].name, std::string("global"));
    QCOMPARE(f.tiers()[static_cast<std::size_t>(p->tier)].margin, 1.0);
    p = f.preference(none, drive);
    QVERIFY(p && !p->aWins);
    QCOMPARE(f.tiers()[static_cast<std::size_t>(p->tier)].margin, 0.5);
    p = f.preference(longCall, shortCall);
    QVERIFY(p && p->aWins);
    QCOMPARE(f.tiers()[static_cast<std::size_t>(p->tier)].margin, 0.1);
    QVERIFY(!f.preference(lock, drive));  // not paired by any tier of the paper's ladder
    QVERIFY(!f.preference(shortCall, none));
    QVERIFY(!f.preference(lock, lock));

    const auto noSoft = f.withoutTier("soft");
    QCOMPARE(noSoft.tiers().size(), std::size_t(2));
    QVERIFY(!noSoft.preference(longCall, shortCall));
    QVERIFY(noSoft.preference(lock, defeat));
    const auto flat = f.withMargins(0.0);
    for (const auto& tier : flat.tiers()) QCOMPARE(tier.margin, 0.0);
    QVERIFY_THROWS_EXCEPTION(FunnelError, (void)f.withoutTier("nope"));
  }

  void jsonRoundTrip() {
    const auto f = FunnelDefinition::carDefault();
    const auto text = f.toJson();
    const auto back = FunnelDefinition::fromJson(text, "round-trip");
    QCOMPARE(back.toJson(), text);
    QCOMPARE(back.stages().size(), f.stages().size());
    QCOMPARE(back.observationDays(), 14);
    QCOMPARE(back.labelDays(), 30);
  }

  // Another domain without code changes: B2B with meetings (store visits in the schema or a
  // note saying so), proposals (quotes) and won deals.
  void b2bFunnelIsExpressible() {
    const std::string text = R"({
      "format": 1, "name": "b2b", "observation_days": 30, "label_days": 90,
      "stages": [
        {"name": "won", "grade": 3, "positive": true, "when": [{"kinds": ["order_lock"]}, {"outcome_contains": ["closed won"]}]},
        {"name": "lost", "grade": 0, "when": {"kinds": "defeat"}},
        {"name": "proposal", "grade": 2, "when": [{"kinds": ["quote"]}]},
        {"name": "meeting", "grade": 1, "when": [{"kinds": ["store_visit"]}, {"kinds": ["note"], "text_contains": ["meeting held"]}]},
        {"name": "none", "grade": 0}
      ],
      "tiers": [
        {"name": "global", "margin": 1.0, "winners": ["won"], "losers": ["lost"]},
        {"name": "proposal", "margin": 0.4, "winners": ["proposal"], "losers": ["meeting", "none"]},
        {"name": "meeting", "margin": 0.2, "winners": "meeting", "losers": "none"}
      ],
      "queues": [
        {"name": "proposal", "label": "Proposal sent", "when": [{"kinds": ["quote"]}]},
        {"name": "cold", "label": "Cold"}
      ]
    })";
    const auto f = FunnelDefinition::fromJson(text, "b2b.json");
    QCOMPARE(f.name(), std::string("b2b"));
    const std::int64_t t0 = 5'000'000;
    const auto stageName = [&](std::vector<InteractionRecord> events) {
      return f.stages()[static_cast<std::size_t>(f.stageInWindow(events, t0, t0 + 90 * kDay))].name;
    };
    QCOMPARE(stageName({rec(InteractionKind::Note, t0 + 100, std::nullopt, "Meeting held with the CFO")}),
             std::string("meeting"));
    QCOMPARE(stageName({rec(InteractionKind::Note, t0 + 100, std::nullopt, "meeting postponed")}), std::string("none"));
    auto won = rec(InteractionKind::Note, t0 + 200);
    won.outcome = "Closed Won";
    QCOMPARE(stageName({rec(InteractionKind::Quote, t0 + 100), won}), std::string("won"));
    QVERIFY(f.preference(f.stageIndex("meeting"), f.stageIndex("none")));
    QCOMPARE(f.queueOf(lead("x", t0, {rec(InteractionKind::Quote, t0 + 5)})), std::string("proposal"));
    QCOMPARE(f.queueOf(lead("y", t0, {})), std::string("cold"));
  }

  void invalidDefinitionsNameTheProblem_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << u"{"_s << u"not valid JSON"_s;
    QTest::newRow("no stages") << u"{\"stages\": []}"_s << u"'stages'"_s;
    QTest::newRow("unknown kind") << uR"({"stages":[{"name":"a","positive":true,"when":{"kinds":"phone"}},{"name":"b"}]})"_s
                                  << u"unknown interaction kind 'phone'"_s;
    QTest::newRow("unknown key") << uR"({"stages":[{"name":"a","positive":true,"when":{"kind":"call","min_seconds":3}},{"name":"b"}]})"_s
                                 << u"unknown key 'min_seconds'"_s;
    QTest::newRow("two defaults") << uR"({"stages":[{"name":"a","positive":true},{"name":"b"}]})"_s << u"both have no"_s;
    QTest::newRow("no positive") << uR"({"stages":[{"name":"a","when":{"kinds":"call"}},{"name":"b"}]})"_s
                                 << u"positive"_s;
    QTest::newRow("unknown tier stage")
        << uR"({"stages":[{"name":"a","positive":true,"when":{"kinds":"call"}},{"name":"b"}],"tiers":[{"name":"t","margin":1,"winners":["a"],"losers":["c"]}]})"_s
        << u"unknown stage 'c'"_s;
    QTest::newRow("paired twice")
        << uR"({"stages":[{"name":"a","positive":true,"when":{"kinds":"call"}},{"name":"b"}],"tiers":[{"name":"t","winners":["a"],"losers":["b"]},{"name":"u","winners":["b"],"losers":["a"]}]})"_s
        << u"paired by two tiers"_s;
    QTest::newRow("newer format") << uR"({"format": 9, "stages":[]})"_s << u"format 9 is newer"_s;
    QTest::newRow("duplicate stage") << uR"({"stages":[{"name":"a","positive":true,"when":{"kinds":"call"}},{"name":"a"}]})"_s
                                     << u"listed twice"_s;
  }
  void invalidDefinitionsNameTheProblem() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    try {
      (void)FunnelDefinition::fromJson(json.toStdString(), "my-funnel.json");
      QFAIL("accepted an invalid definition");
    } catch (const FunnelError& e) {
      const QString message = QString::fromUtf8(e.what());
      QVERIFY2(message.contains(u"my-funnel.json"_s), qPrintable(message));
      QVERIFY2(message.contains(expected), qPrintable(message));
    }
  }

  void queueOfUsesEverythingKnown() {
    const auto f = FunnelDefinition::carDefault();
    QCOMPARE(f.queueOf(lead("a", 0, {})), std::string("new"));
    QCOMPARE(f.queueOf(lead("b", 0, {rec(InteractionKind::Call, 10, 0.0)})), std::string("new"));
    QCOMPARE(f.queueOf(lead("c", 0, {rec(InteractionKind::Call, 10, 30.0)})), std::string("engaged"));
    QCOMPARE(f.queueOf(lead("d", 0, {rec(InteractionKind::Message, 10)})), std::string("engaged"));
    QCOMPARE(f.queueOf(lead("e", 0, {rec(InteractionKind::Call, 10, 30.0), rec(InteractionKind::StoreVisit, 20)})),
             std::string("store_visit"));
    QCOMPARE(f.queueOf(lead("f", 0, {rec(InteractionKind::StoreVisit, 20), rec(InteractionKind::TestDrive, 30)})),
             std::string("test_drive"));
  }

  void splitIsTemporalAndCutsAtTheSnapshot() {
    const auto f = FunnelDefinition::carDefault();
    DatasetBuilder builder(f, {});
    std::mt19937_64 rng(3);
    const std::int64_t start = 1'767'571'200;
    const int n = 200;
    for (int i = 0; i < n; ++i) {
      const std::int64_t created = start + static_cast<std::int64_t>(rng() % (120 * kDay));
      const std::int64_t snap = f.snapshotAt(created);
      std::vector<InteractionRecord> events{rec(InteractionKind::Call, created + 3600, 200.0, "first call")};
      if (i % 5 == 0) events.push_back(rec(InteractionKind::TestDrive, snap + 2 * kDay));   // inside the window
      if (i % 7 == 0) events.push_back(rec(InteractionKind::OrderLock, snap + 10 * kDay));
      events.push_back(rec(InteractionKind::Call, snap + kDay, 20.0, "after the snapshot"));
      builder.add(lead("L" + std::to_string(i), created, std::move(events)));
    }
    {
      LeadRecord undated;
      undated.leadId = "no-date";
      builder.add(std::move(undated));
    }
    // The latest event ends the data: leads whose window runs past it are left out.
    const auto split = builder.finish();
    QCOMPARE(split.skippedUndated, std::int64_t(1));
    QVERIFY(split.skippedIncomplete > 0);
    const auto labelled = static_cast<std::int64_t>(split.train.size() + split.test.size());
    QCOMPARE(labelled + split.skippedIncomplete + split.skippedUndated, std::int64_t(n + 1));
    // 70 % of the labelled leads train, by creation time.
    QCOMPARE(static_cast<std::int64_t>(split.train.size()), std::llround(0.7 * static_cast<double>(labelled)));
    const auto lastTrain = *split.train.back().input.createdAt;
    for (const auto& e : split.test) QVERIFY(*e.input.createdAt >= lastTrain);
    QVERIFY(split.splitAt && *split.splitAt == *split.test.front().input.createdAt);
    for (const auto* set : {&split.train, &split.test}) {
      for (const auto& e : *set) {
        QVERIFY(e.labelEnd <= split.asOf);
        for (const auto& x : e.input.interactions) QVERIFY(*x.at <= e.snapshotAt);
        QCOMPARE(e.input.interactions.size(), std::size_t(1));  // only the first call was known
        const auto& name = f.stages()[static_cast<std::size_t>(e.stage)].name;
        const int i = std::stoi(e.input.leadId.substr(1));
        QCOMPARE(name, std::string(i % 7 == 0 ? "order_lock" : i % 5 == 0 ? "test_drive" : "short_call"));
        QCOMPARE(e.positive, i % 7 == 0);
      }
    }
    // Deterministic fingerprint that changes with the labels.
    DatasetBuilder again(f, {});
    DatasetBuilder other(f.withMargins(0.0), {.asOf = split.asOf - kDay, .trainFraction = 0.7});
    std::mt19937_64 rng2(3);
    for (int i = 0; i < n; ++i) {
      const std::int64_t created = start + static_cast<std::int64_t>(rng2() % (120 * kDay));
      const std::int64_t snap = f.snapshotAt(created);
      std::vector<InteractionRecord> events{rec(InteractionKind::Call, created + 3600, 200.0, "first call")};
      if (i % 5 == 0) events.push_back(rec(InteractionKind::TestDrive, snap + 2 * kDay));
      if (i % 7 == 0) events.push_back(rec(InteractionKind::OrderLock, snap + 10 * kDay));
      events.push_back(rec(InteractionKind::Call, snap + kDay, 20.0, "after the snapshot"));
      auto l = lead("L" + std::to_string(i), created, std::move(events));
      auto copy = l;
      again.add(std::move(l));
      other.add(std::move(copy));
    }
    QCOMPARE(again.finish().fingerprint, split.fingerprint);
    QVERIFY(other.finish().fingerprint != split.fingerprint);
  }
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
