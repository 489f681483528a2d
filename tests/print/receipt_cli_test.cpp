// `mws case receipt` on a real database: the case, its person and fee gathered from storage,
// provisional while the case waits in the outbox, confirmed once the centre acknowledged it.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "../storage/domain_fixture.hpp"
#include <soci/soci.h>

#include "mws/cli/cli.hpp"
#include "mws/storage/outbox.hpp"
#include "mws/storage/pg_receipt_source.hpp"

using namespace mws;

namespace {

struct CliOutput {
  int code;
  std::string out;
  std::string err;
};

std::string pdfText(const std::filesystem::path& pdf) {
  std::string text;
  FILE* pipe = popen((std::string(MWS_PDFTOTEXT) + " '" + pdf.string() + "' -").c_str(), "r");
  BOOST_REQUIRE(pipe);
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  BOOST_REQUIRE(pclose(pipe) == 0);
  return text;
}

struct ReceiptCliFixture : test::DomainFixture {
  std::string caseId;

  ReceiptCliFixture() {
    auto opened = service.open({"", foreigner.id, core::Channel::Counter, stayRegistration()}, officer);
    BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? std::string() : opened.error().code));
    caseId = opened->id;
    BOOST_REQUIRE(service.submit(caseId, officer).ok());
  }

  // As `login` (the fixture's accounts share one password), typed on standard input.
  CliOutput run(std::vector<std::string> args, const std::string& login = "o.aliyev") {
    args.insert(args.end(), {"--dsn", dsn, "--as", login, "--password-stdin"});
    std::istringstream in("long-enough-pw\n");
    std::ostringstream out, err;
    const int exit = cli::run(args, in, out, err);
    return {exit, out.str(), err.str()};
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(receipt_command, ReceiptCliFixture)

BOOST_AUTO_TEST_CASE(a_receipt_is_provisional_until_the_centre_acknowledges_the_case) {
  const auto file = test::outputDir() / "cli-receipt-ru.pdf";
  auto printed = run({"case", "receipt", caseId, "--out", file.string(), "--lang", "ru"});
  BOOST_REQUIRE_MESSAGE(printed.code == 0, printed.err);
  BOOST_TEST(printed.out.find("provisional") != std::string::npos, printed.out);
  std::string text = pdfText(file);
  BOOST_TEST(text.find(caseId) != std::string::npos, text);
  BOOST_TEST(text.find("Каримов Алишер") != std::string::npos, text);
  BOOST_TEST(text.find("ПРЕДВАРИТЕЛЬНО") != std::string::npos, text);
  BOOST_TEST(text.find("Регистрация по месту временного пребывания") != std::string::npos);
  BOOST_TEST(text.find("N12345678") != std::string::npos);
  BOOST_TEST(text.find("o.aliyev") != std::string::npos);  // the opener's display name

  BOOST_REQUIRE(storage::Outbox::acknowledge(database(), 1'000'000).ok());
  auto confirmed = storage::loadReceiptData(database(), caseId);
  BOOST_REQUIRE(confirmed.ok());
  BOOST_TEST(!confirmed->provisional);
  BOOST_TEST(confirmed->unitName == "Tashkent, Chilonzor");
  printed = run({"case", "receipt", caseId, "--out", file.string(), "--lang", "en"});
  BOOST_REQUIRE_MESSAGE(printed.code == 0, printed.err);
  text = pdfText(file);
  BOOST_TEST(text.find("PROVISIONAL") == std::string::npos, text);
  BOOST_TEST(text.find("Receipt for an application") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(bad_requests_are_refused_and_write_nothing) {
  const auto file = test::outputDir() / "cli-receipt-refused.pdf";
  std::filesystem::remove(file);
  auto certificate = run({"case", "receipt", caseId, "--out", file.string(), "--certificate"});
  BOOST_TEST(certificate.code == 1);
  BOOST_TEST(certificate.err.find("a certificate is printed only for an approved or issued case") != std::string::npos, certificate.err);
  BOOST_TEST(run({"case", "receipt", caseId, "--out", file.string(), "--lang", "de"}).code == 2);
  BOOST_TEST(run({"case", "receipt", caseId}).code == 2);
  auto unknown = run({"case", "receipt", core::generateUuidV4(), "--out", file.string()});
  BOOST_TEST(unknown.code == 1);
  BOOST_TEST(unknown.err.find("no such case") != std::string::npos, unknown.err);
  BOOST_TEST(!std::filesystem::exists(file));
}

BOOST_AUTO_TEST_CASE(a_receipt_is_an_audited_export_for_the_cases_unit_only) {
  const auto file = test::outputDir() / "cli-receipt-rights.pdf";
  std::filesystem::remove(file);
  int exportsBefore = 0;
  database().session() << "SELECT count(*) FROM audit_log WHERE action = 'case.export'",
      soci::into(exportsBefore);
  // A supervisor of another unit may not take the case out.
  auto foreign = run({"case", "receipt", caseId, "--out", file.string()}, "s.tursunov");
  BOOST_TEST(foreign.code == 1);
  BOOST_TEST(!std::filesystem::exists(file));
  auto printed = run({"case", "receipt", caseId, "--out", file.string()});
  BOOST_REQUIRE_MESSAGE(printed.code == 0, printed.err);
  int exportsAfter = 0;
  database().session() << "SELECT count(*) FROM audit_log WHERE action = 'case.export'",
      soci::into(exportsAfter);
  BOOST_TEST(exportsAfter == exportsBefore + 1);
  // Without an account the command does not start.
  CliOutput anonymous;
  {
    std::istringstream in;
    std::ostringstream out, err;
    anonymous.code = cli::run({"case", "receipt", caseId, "--out", file.string(), "--dsn", dsn},
                              in, out, err);
  }
  BOOST_TEST(anonymous.code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
