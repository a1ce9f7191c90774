// The note grammar: call notes, dialogue snippets and messages rendered from an event's cue mask.
// Each cue has many paraphrases (and slots for the model, a competitor, a time), so a model has to
// learn the meaning rather than a fixed string; a few notes carry typos.

#include "demo/generator.h"
#include "demo/tables.h"

#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace ll::demo {
using namespace detail;

namespace {

using Phrases = std::vector<const char*>;

struct CueText {
  std::uint32_t cue;
  Phrases en;
  Phrases zh;
};

// Slots: {M} model of interest, {C} competitor, {T} a time phrase, {V} the current vehicle kind.
const std::vector<CueText>& grammar() {
  static const std::vector<CueText> g{
      {kCueUrgency,
       {"Lease on the current car ends {T}, needs something lined up before then.",
        "Says their lease is up {T} and they don't want a gap.",
        "Old car failed its inspection, wants a replacement {T}.",
        "Starting a new job across town {T}, needs a car by then.",
        "Baby due {T}, they want the car sorted before that.",
        "Company car goes back {T}; has to buy privately.",
        "Their plate quota comes through {T} and expires if unused.",
        "Moving house {T}, wants to pick up the car before the move."},
       {"现在的车租约{T}到期，想在那之前定下来。", "说租的车{T}就要还了，不想中间没车开。",
        "老车年检没过，{T}要换车。", "{T}去新单位上班，路远必须有车。", "家里{T}添宝宝，想尽快把车定了。",
        "公司车{T}要收回，得自己买一台。", "新能源指标{T}下来，过期作废，比较急。", "{T}搬家，想搬家前提车。"}},
      {kCueDelivery,
       {"Asked about delivery dates for the {M}.", "Wanted to know how soon the {M} could be delivered.",
        "Asked whether the {M} in white is in stock or factory order.", "Asked if delivery before the holiday is possible.",
        "Customer: \"If I order this week, when do I get it?\"", "Checked lead times for the long-range {M}."},
       {"问了{M}的交车时间。", "想知道{M}最快多久能提车。", "问白色{M}有没有现车。", "问节前能不能交车。",
        "客户：“这周下单的话什么时候能提？”", "咨询长续航版{M}的提车周期。"}},
      {kCueSecondDrive,
       {"Booked a second test drive{W}.", "Wants another drive of the {M}{W}, booked for the weekend.",
        "Coming back for a longer test drive{W}.", "Asked to test the {M} on the highway this time{W}."},
       {"约了第二次试驾{W}。", "想再试一次{M}{W}，约在周末。", "要回来做一次长距离试驾{W}。", "这次想试{M}上高速{W}。"}},
      {kCueTradeIn,
       {"Trade-in valued at the store, customer found the number fair.", "Asked for a valuation of their {V}.",
        "Trade-in appraisal booked for Saturday.", "Wants to trade in the {V}, asked about the subsidy.",
        "Customer: \"What would you give me for my old car?\""},
       {"旧车评估做完了，客户觉得价格合理。", "想评估一下现在的{V}。", "周六约了置换评估。", "想置换{V}，问了置换补贴。",
        "客户：“我这台旧车你们能给多少？”"}},
      {kCueDeposit,
       {"Asked how the deposit works and whether it is refundable.", "Wanted details on locking the order.",
        "Asked which documents are needed to sign.", "Asked about the financing plan and monthly payment.",
        "Customer: \"Can I put the deposit down online?\""},
       {"问了定金怎么交、能不能退。", "想了解锁单流程。", "问签合同要带哪些材料。", "问了金融方案和月供。",
        "客户：“定金能在线上交吗？”"}},
      {kCuePriceOnly,
       {"Only comparing prices for now.", "Just collecting quotes, no rush.", "Said they are shopping around.",
        "Customer: \"Just send me the price, I'm comparing.\"", "Mainly interested in the bottom price."},
       {"目前只是比价。", "先收集报价，不着急。", "说在多家店对比。", "客户：“把价格发我就行，我在比较。”",
        "主要关心最低价。"}},
      {kCueSpouse,
       {"Spouse is against it for now.", "Needs to talk it over with the wife first.",
        "Husband wants to wait until next year.", "Family not convinced about an EV yet.",
        "Parents are paying and want to see it first.", "Customer: \"My wife thinks it's too expensive.\""},
       {"爱人暂时不同意。", "要先和老婆商量。", "老公想等明年再说。", "家里人对电车还不放心。", "父母出钱，要先来看看。",
        "客户：“我老婆觉得太贵了。”"}},
      {kCuePriceCut,
       {"Waiting for a price cut before deciding.", "Heard prices will drop next quarter, will wait.",
        "Wants to see the end-of-month offers first.", "Asked if there will be a discount at the auto show."},
       {"在等降价再决定。", "听说下个季度要降价，想再等等。", "想看看月底有没有优惠。", "问车展期间会不会有折扣。"}},
      {kCueCompetitor,
       {"Also looking at the {C}.", "Test drove the {C} last week, comparing range.",
        "Says the {C} offered a better deal.", "Torn between the {M} and the {C}.",
        "Customer: \"The {C} has a bigger screen, why pay more?\""},
       {"同时在看{C}。", "上周试驾了{C}，在比续航。", "说{C}给的优惠更大。", "在{M}和{C}之间犹豫。",
        "客户：“{C}屏幕更大，为什么要多花钱？”"}},
      {kCueBudget,
       {"Budget is tight; asked about the cheapest trim.", "Said the {M} is above what they planned to spend.",
        "Asked whether there is a lower-spec version.", "Price is a stretch for them."},
       {"预算比较紧，问了最低配。", "说{M}超出预算了。", "问有没有低配版本。", "价格对他们来说有点高。"}},
      {kCueChatter,
       {"Talked about charging at home.", "Asked about winter range.", "Customer busy, call back later.",
        "Sent the brochure and spec sheet.", "Asked which colours are available.", "Chatted about the weekend event.",
        "Asked about the warranty on the battery.", "Asked how long a fast charge takes.",
        "Customer driving, asked to call back.", "Asked about the store's opening hours."},
       {"聊了家里装充电桩的事。", "问冬天续航怎么样。", "客户在忙，稍后回电。", "发了车型手册和配置表。", "问有哪些颜色。",
        "聊了周末的活动。", "问电池质保多久。", "问快充要多长时间。", "客户在开车，约了回电。", "问门店营业时间。"}},
  };
  return g;
}

const Phrases kOpenersEn{"", "", "", "Spoke with customer. ", "Call back: ", "Follow-up call. ", "Reached customer. "};
const Phrases kOpenersZh{"", "", "", "已联系客户，", "回访：", "跟进电话，", "电话接通，"};
const Phrases kMessageOpenersEn{"WeChat: ", "Message: ", "Customer messaged: ", ""};
const Phrases kMessageOpenersZh{"微信：", "客户留言：", "微信沟通：", ""};
const Phrases kTimesEn{"next month", "in a few weeks", "at the end of the month", "in about six weeks", "soon",
                       "before summer"};
const Phrases kTimesZh{"下个月", "过几周", "月底", "一个多月后", "很快", "夏天前"};
const Phrases kWithEn{"", " with spouse", " with the family", ""};
const Phrases kWithZh{"", "，带爱人一起", "，全家一起来", ""};

const char* pick(const Phrases& p, Rng& rng) { return p[static_cast<std::size_t>(rng.below(static_cast<int>(p.size())))]; }

void appendFilled(std::string& out, std::string_view phrase, const Lead& lead, Lang lang, Rng& rng) {
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    if (phrase[i] == '{' && i + 2 < phrase.size() && phrase[i + 2] == '}') {
      const char slot = phrase[i + 1];
      if (slot == 'M') out += kModels[lead.model].name;
      else if (slot == 'C') {
        const auto& names = lang == Lang::Zh ? kCompetitorsZh : kCompetitorsEn;
        out += names[static_cast<std::size_t>(rng.below(static_cast<int>(names.size())))];
      } else if (slot == 'T') out += pick(lang == Lang::Zh ? kTimesZh : kTimesEn, rng);
      else if (slot == 'W') out += pick(lang == Lang::Zh ? kWithZh : kWithEn, rng);
      else if (slot == 'V') {
        const char* v = label(kVehicles[lead.vehicle], lang);
        out += lang == Lang::Zh ? v : (lead.vehicle == kVehicleCombustion ? "petrol car" : "EV");
      }
      i += 2;
      continue;
    }
    out += phrase[i];
  }
}

// A typo the way people make them: two neighbouring letters swapped (English) or a character
// typed twice (Chinese input methods). Kept valid UTF-8.
void addTypo(std::string& s, Lang lang, Rng& rng) {
  if (s.size() < 8) return;
  if (lang == Lang::En) {
    for (int attempt = 0; attempt < 8; ++attempt) {
      const auto i = static_cast<std::size_t>(rng.below(static_cast<int>(s.size() - 1)));
      const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
      if (a < 0x80 && b < 0x80 && std::isalpha(a) && std::isalpha(b) && a != b) {
        std::swap(s[i], s[i + 1]);
        return;
      }
    }
    return;
  }
  for (int attempt = 0; attempt < 8; ++attempt) {
    const auto i = static_cast<std::size_t>(rng.below(static_cast<int>(s.size() - 3)));
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0xE4 && c <= 0xE9) {  // lead byte of a 3-byte CJK character
      s.insert(i, s.substr(i, 3));
      return;
    }
  }
}

}  // namespace

std::string renderText(const Dataset& data, std::size_t leadIndex, std::size_t eventIndex, Lang lang) {
  const Lead& lead = data.leads[leadIndex];
  const Event& event = lead.events[eventIndex];
  if (!event.hasText) return {};
  Rng rng(mix(data.config.seed, leadIndex, 1000 + eventIndex));
  const bool zh = lang == Lang::Zh;
  std::string out;
  out.reserve(160);
  if (event.kind == EventKind::Message) out += pick(zh ? kMessageOpenersZh : kMessageOpenersEn, rng);
  else out += pick(zh ? kOpenersZh : kOpenersEn, rng);
  // Cues in a shuffled order so position carries no meaning.
  std::array<const CueText*, 16> present{};
  int count = 0;
  for (const CueText& c : grammar())
    if (event.cues & c.cue) present[static_cast<std::size_t>(count++)] = &c;
  for (int i = count - 1; i > 0; --i) std::swap(present[static_cast<std::size_t>(i)], present[static_cast<std::size_t>(rng.below(i + 1))]);
  for (int i = 0; i < count; ++i) {
    if (i > 0 && !zh) out += ' ';
    const CueText& c = *present[static_cast<std::size_t>(i)];
    appendFilled(out, pick(zh ? c.zh : c.en, rng), lead, lang, rng);
  }
  if (rng.chance(0.04)) addTypo(out, lang, rng);
  return out;
}

}  // namespace ll::demo
