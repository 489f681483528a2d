// "Provisional until confirmed by the centre" follows the case's own sync state on a real
// database: provisional while any change of the case waits in the outbox, gone once the centre
// acknowledged them (Outbox::acknowledge, what the sync agent does on the centre's answer),
// back when the case changes again. Checked on PgCaseConfirmations, on the case dialog's
// presenter (the reprint from the case list) and on the PDF the reprint makes.
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <fstream>

#include "../ui/case_pages_fixture.hpp"
#include "mws/presenter/case_view_presenter.hpp"
#include "mws/print/cairo_receipt_renderer.hpp"
#include "mws/storage/outbox.hpp"
#include "mws/storage/pg_receipt_source.hpp"

using namespace mws;
using presenter::Decision;

namespace {

std::string pdfText(const std::string& pdf, const std::string& name) {
  const auto path = test::outputDir() / name;
  std::ofstream(path, std::ios::binary) << pdf;
  std::string text;
  FILE* pipe = popen((std::string(MWS_PDFTOTEXT) + " '" + path.string() + "' -").c_str(), "r");
  BOOST_REQUIRE(pipe);
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  BOOST_REQUIRE(pclose(pipe) == 0);
  return text;
}

struct ConfirmationFixture : test::CasePagesFixture {
  storage::PgCaseConfirmations confirmations{database()};
  print::CairoReceiptRenderer renderer;

  ConfirmationFixture() {
    services.confirmations = &confirmations;
    services.receipts = &renderer;
  }

  bool confirmed(const std::string& caseId) {
    auto answer = confirmations.confirmedByCentre(caseId);
    BOOST_REQUIRE_MESSAGE(answer.ok(), (answer.ok() ? std::string() : answer.error().code));
    return *answer;
  }

  // What a reprint from the case dialog says (English labels).
  std::string reprint(const std::string& caseId, const std::string& fileName) {
    presenter::CaseViewPresenter view(services, officer, caseId);
    BOOST_REQUIRE(view.load().ok());
    auto pdf = renderer.renderPdf(view.receiptData(core::PrintLanguage::En, officer.displayName));
    BOOST_REQUIRE(pdf.ok());
    return pdfText(*pdf, fileName);
  }

  void centreAcknowledgesEverything() { BOOST_REQUIRE(storage::Outbox::acknowledge(database(), 1'000'000).ok()); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(receipt_confirmation, ConfirmationFixture)

BOOST_AUTO_TEST_CASE(a_case_is_confirmed_once_the_centre_acknowledged_every_change_of_it) {
  auto first = stayCase(officer);
  BOOST_TEST(!confirmed(first.id));
  centreAcknowledgesEverything();
  BOOST_TEST(confirmed(first.id));
  // Another case waiting in the outbox does not make this one provisional.
  auto second = stayCase(officer);
  BOOST_TEST(confirmed(first.id));
  BOOST_TEST(!confirmed(second.id));
  // A decision on the first case is a new change the centre has not seen yet.
  presenter::CaseViewPresenter view(services, supervisor, first.id);
  BOOST_REQUIRE(view.load().ok());
  BOOST_REQUIRE(view.decide(Decision::Approve).ok());
  BOOST_TEST(!confirmed(first.id));
  centreAcknowledgesEverything();
  BOOST_TEST(confirmed(first.id));
  BOOST_TEST(confirmed(second.id));
  auto unknown = confirmations.confirmedByCentre("7b0c1a52-52a1-4c6e-9d1e-0c5d6f3a2b11");
  BOOST_REQUIRE(!unknown.ok());
  BOOST_TEST(unknown.error().code == "case.not_found");
}

BOOST_AUTO_TEST_CASE(a_reprint_after_sync_drops_the_provisional_mark) {
  auto item = stayCase(officer);
  {
    presenter::CaseViewPresenter view(services, officer, item.id);
    BOOST_REQUIRE(view.load().ok());
    BOOST_TEST(view.receiptData(core::PrintLanguage::En, officer.displayName).provisional);
  }
  std::string text = reprint(item.id, "reprint-before-sync.pdf");
  BOOST_TEST(text.find("PROVISIONAL") != std::string::npos, text);
  BOOST_TEST(text.find(item.id) != std::string::npos);

  centreAcknowledgesEverything();
  {
    presenter::CaseViewPresenter view(services, officer, item.id);
    BOOST_REQUIRE(view.load().ok());
    BOOST_TEST(!view.receiptData(core::PrintLanguage::En, officer.displayName).provisional);
  }
  text = reprint(item.id, "reprint-after-sync.pdf");
  BOOST_TEST(text.find("PROVISIONAL") == std::string::npos, text);
  BOOST_TEST(text.find(item.id) != std::string::npos);
  // The storage side the CLI prints from agrees.
  auto loaded = storage::loadReceiptData(database(), item.id);
  BOOST_REQUIRE(loaded.ok());
  BOOST_TEST(!loaded->provisional);
}

BOOST_AUTO_TEST_CASE(without_a_way_to_ask_the_receipt_stays_provisional) {
  auto item = stayCase(officer);
  centreAcknowledgesEverything();
  services.confirmations = nullptr;
  presenter::CaseViewPresenter view(services, officer, item.id);
  BOOST_REQUIRE(view.load().ok());
  BOOST_TEST(view.receiptData(core::PrintLanguage::En, officer.displayName).provisional);
}

BOOST_AUTO_TEST_SUITE_END()
