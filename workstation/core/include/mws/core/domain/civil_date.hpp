#pragma once
// A calendar date without time or zone (a birth date, a visa's last day, the day a case is
// filed). Built on std::chrono::year_month_day; always valid once constructed.

#include <chrono>
#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "mws/core/result.hpp"

namespace mws::core {

class CivilDate {
public:
  // 1970-01-01, so that aggregates holding a date are default-constructible.
  CivilDate() = default;

  // nullopt when the triple is not a real day (2025-02-29, month 13, ...).
  static std::optional<CivilDate> make(int year, unsigned month, unsigned day);
  // Strict "YYYY-MM-DD"; "date.format" or "date.invalid" with params["text"].
  static Result<CivilDate> parse(std::string_view text);
  static CivilDate fromDays(std::chrono::sys_days days);

  int year() const { return static_cast<int>(m_ymd.year()); }
  unsigned month() const { return static_cast<unsigned>(m_ymd.month()); }
  unsigned day() const { return static_cast<unsigned>(m_ymd.day()); }
  std::chrono::sys_days days() const { return std::chrono::sys_days(m_ymd); }

  CivilDate addDays(int count) const;
  // Whole years completed on `on` (an age); a 29 February birthday counts on 1 March.
  int yearsUntil(const CivilDate& on) const;
  std::string toString() const;  // "YYYY-MM-DD"

  friend bool operator==(const CivilDate& a, const CivilDate& b) { return a.m_ymd == b.m_ymd; }
  friend std::strong_ordering operator<=>(const CivilDate& a, const CivilDate& b) {
    return a.days() <=> b.days();
  }

private:
  explicit CivilDate(std::chrono::year_month_day ymd) : m_ymd(ymd) {}
  std::chrono::year_month_day m_ymd{std::chrono::year{1970}, std::chrono::January,
                                    std::chrono::day{1}};
};

// Prints "YYYY-MM-DD" (for test diagnostics and logs).
std::ostream& operator<<(std::ostream& out, const CivilDate& date);

// to - from in days (negative when `to` is earlier).
int daysBetween(const CivilDate& from, const CivilDate& to);

// An inclusive range of days [from, to].
struct DateRange {
  CivilDate from;
  CivilDate to;

  bool contains(const CivilDate& date) const { return from <= date && date <= to; }
  bool contains(const DateRange& inner) const { return from <= inner.from && inner.to <= to; }
  int lengthDays() const { return daysBetween(from, to) + 1; }

  friend bool operator==(const DateRange&, const DateRange&) = default;
};

}  // namespace mws::core
