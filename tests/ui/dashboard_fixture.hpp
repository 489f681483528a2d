#pragma once
// Two weeks of a unit's work for the dashboard: stay registrations and ID cards filed on
// earlier days through the CaseService (the clock turned back), decisions of a supervisor,
// and served queue tickets with known waits.
#include <string>

#include "case_pages_fixture.hpp"

namespace mws::test {

struct DashboardFixture : CasePagesFixture {
  int filed = 0;

  void fileTwoWeeks() {
    for (int back = 13; back >= 0; --back) {
      clock.daysBack = back;
      for (int i = 0; i < back % 3 + 1; ++i) {
        stayCase(officer);
        ++filed;
      }
      if (back % 2 == 0) {
        fileIdCard(back);
        ++filed;
      }
    }
    clock.daysBack = 0;
  }

  void fileIdCard(int index) {
    core::Person citizen;
    citizen.latin = {"TOSHMATOV", "BOBUR", ""};
    citizen.cyrillic = {"Тошматов", "Бобур", ""};
    citizen.birthDate = *core::CivilDate::parse("1985-07-14");
    citizen.status = core::PersonStatus::Citizen;
    citizen.citizenship = "UZB";
    citizen.personalNumber = "3140785000" + std::to_string(1000 + index);
    citizen.documents.push_back({core::DocumentKind::Passport, "AB", std::to_string(1234500 + index), "UZB",
                                 "IIV 2603", today().addDays(-900), today().addDays(2000)});
    citizen = addPerson(citizen);
    core::IdCardPayload card;
    card.biometrics.photoSha256 = *blobs.put("portrait " + std::to_string(index));
    for (int finger = 0; finger < 10; ++finger) {
      card.biometrics.fingerprintSha256.push_back(*blobs.put("finger " + std::to_string(index * 10 + finger)));
    }
    auto opened = service.open({"", citizen.id, core::Channel::Counter, card}, officer);
    if (!opened) BOOST_FAIL("cannot open an ID card case: " + opened.error().code);
    if (!service.submit(opened->id, officer)) BOOST_FAIL("cannot submit an ID card case");
  }

  // Decides the waiting cases: returns the first, rejects the second, approves the rest.
  void decideAll() {
    auto page = cases.list({"TSH-01", core::CaseState::Submitted, std::nullopt, {0, 500}});
    BOOST_REQUIRE(page.ok());
    int index = 0;
    for (const auto& summary : page->items) {
      BOOST_REQUIRE(service.takeIntoReview(summary.id, supervisor).ok());
      if (index == 0) {
        BOOST_REQUIRE(service.returnForCorrection(summary.id, supervisor, "Sign the form.").ok());
      } else if (index == 1) {
        BOOST_REQUIRE(service.reject(summary.id, supervisor, "Forged stamp.").ok());
      } else if (index % 4 != 0) {
        BOOST_REQUIRE(service.approve(summary.id, supervisor).ok());
      }
      ++index;
    }
  }

  // Twelve served tickets a day for the last two weeks, waits of 3 to 27 minutes.
  void serveTickets() {
    const std::string caller = std::to_string(officer.id);
    auto done = database().executeScript(
        "INSERT INTO queue_tickets(unit_code, service, day, number, state, issued_at, called_at,"
        " closed_at, counter, called_by)"
        " SELECT 'TSH-01', 'STAY_REG', current_date - d, n, 'served',"
        " (current_date - d) + time '09:00' + n * interval '4 minutes',"
        " (current_date - d) + time '09:00' + n * interval '4 minutes' + ((d * 7 + n * 5) % 25 + 3) * interval '1 minute',"
        " (current_date - d) + time '12:00', 'Counter 3', " + caller +
        " FROM generate_series(0, 13) AS d, generate_series(1, 12) AS n");
    BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().detail));
  }
};

}  // namespace mws::test
