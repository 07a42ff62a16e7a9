// The table behind chinese_terms(). Only generic words of company and
// institute names are here (legal forms, industries, "development",
// "institute"); proper names are romanized, never translated, because a
// brand <-> legal-name link must come from the list itself.
#include "match/chinese_terms.hpp"

#include <algorithm>

namespace ecc::match {

namespace {

std::vector<std::pair<std::string_view, std::string_view>> make_terms() {
  std::vector<std::pair<std::string_view, std::string_view>> t = {
      {"股份有限公司", "co ltd"},
      {"有限责任公司", "co ltd"},
      {"有限公司", "co ltd"},
      {"集团", "group"},
      {"公司", "company"},
      {"控股", "holdings"},
      {"科技", "technology"},
      {"技术", "technology"},
      {"信息", "information"},
      {"电子", "electronics"},
      {"微电子", "microelectronics"},
      {"通信", "communication"},
      {"网络", "network"},
      {"开发", "development"},
      {"发展", "development"},
      {"研究所", "institute"},
      {"研究院", "research institute"},
      {"研究", "research"},
      {"大学", "university"},
      {"学院", "institute"},
      {"国际", "international"},
      {"贸易", "trading"},
      {"工业", "industry"},
      {"产业", "industry"},
      {"集成电路", "integrated circuit"},
      {"设计", "design"},
      {"制造", "manufacturing"},
      {"半导体", "semiconductor"},
      {"智能", "intelligent"},
      {"数字", "digital"},
      {"计算机", "computer"},
      {"超级计算", "supercomputing"},
      {"计算", "computing"},
      {"软件", "software"},
      {"系统", "system"},
      {"设备", "equipment"},
      {"投资", "investment"},
      {"中心", "center"},
      {"国家", "national"},
      {"先进", "advanced"},
      {"航空", "aviation"},
      {"航天", "aerospace"},
      {"物流", "logistics"},
      {"进出口", "import export"},
      {"仪器", "instrument"},
      {"材料", "materials"},
      {"存储", "memory"},
      {"光电", "optoelectronics"},
      {"香港", "hong kong"},
      {"中国", "china"},
      {"人工智能", "artificial intelligence"},
      {"机器人", "robotics"},
      {"自动化", "automation"},
      {"精密", "precision"},
      {"成都", "chengdu"},
      {"重庆", "chongqing"},
      {"厦门", "xiamen"},
      {"长沙", "changsha"},
      {"工程", "engineering"},
      {"电信", "telecommunication"},
      {"航运", "shipping"},
  };
  std::stable_sort(t.begin(), t.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return t;
}

}  // namespace

const std::vector<std::pair<std::string_view, std::string_view>>& chinese_terms() {
  static const auto terms = make_terms();
  return terms;
}

}  // namespace ecc::match
