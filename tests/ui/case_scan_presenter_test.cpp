// The document scan and finger qualities through the new-case flow and the case view
// presenter, over the real repositories (no wx): a page read by the reader is kept as a
// sealed blob and referenced by the submitted case, survives the flow's draft, and the case
// view shows it with the officer's name and each finger's quality.
#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include "flow_fixture.hpp"
#include "mws/presenter/case_view_presenter.hpp"
#include "mws/presenter/new_case_flow.hpp"

using namespace mws;

namespace {

std::string pageJpeg() {
  std::string bytes = "\xFF\xD8\xFF\xE0";
  bytes += std::string("\x00\x10JFIF\x00", 7);
  while (bytes.size() < 30000) bytes += static_cast<char>((bytes.size() * 53) % 251);
  return bytes + "\xFF\xD9";
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(case_scan_presenter, test::FlowFixture)

BOOST_AUTO_TEST_CASE(a_page_the_reader_found_is_kept_with_the_submitted_case) {
  presenter::NewCaseFlow flow(services, officer);
  flow.chooseService(core::ServiceCode::StayRegistration);
  BOOST_REQUIRE(flow.acceptMrzLines(foreignerMrz(), pageJpeg()).ok());
  const std::string sha = flow.state().documentScanSha256;
  BOOST_REQUIRE_EQUAL(sha.size(), 64u);
  // Sealed at rest: the blob row holds no JPEG, the port gives the page back.
  std::string head;
  database().session() << "SELECT encode(substring(bytes from 1 for 3), 'hex') FROM blobs WHERE sha256 = :h",
      soci::use(sha), soci::into(head);
  BOOST_TEST(head != "ffd8ff");
  BOOST_TEST((blobs.get(sha).value() == pageJpeg()));
  // The draft keeps the reference.
  auto decoded = presenter::decodeFlowState(presenter::encodeFlowState(flow.state()));
  BOOST_REQUIRE(decoded.ok());
  BOOST_TEST(decoded->documentScanSha256 == sha);
  BOOST_REQUIRE(flow.next().ok());
  BOOST_REQUIRE(flow.next().ok());
  test::fillStayForm(flow);
  BOOST_REQUIRE(flow.next().ok());
  auto submitted = flow.next();
  BOOST_REQUIRE_MESSAGE(submitted.ok(), (submitted.ok() ? std::string() : submitted.error().code));
  auto stored = cases.load(flow.state().flowId);
  BOOST_REQUIRE(stored.ok() && stored->has_value());
  BOOST_TEST((*stored)->capture.documentScanSha256 == sha);

  presenter::CaseViewPresenter view(services, supervisor, flow.state().flowId);
  BOOST_REQUIRE(view.load().ok());
  BOOST_TEST((view.evidence().documentScan == pageJpeg()));
  BOOST_TEST(!view.evidence().documentScanError.has_value());
  BOOST_TEST(view.actorName(officer.id) == "Otabek Aliyev");
  BOOST_TEST(view.evidence().actorNames.size() == 1u);  // opened and submitted by the officer
}

BOOST_AUTO_TEST_CASE(typed_lines_keep_no_page_and_replace_an_earlier_one) {
  presenter::NewCaseFlow flow(services, officer);
  flow.chooseService(core::ServiceCode::StayRegistration);
  BOOST_REQUIRE(flow.acceptMrzLines(foreignerMrz(), pageJpeg()).ok());
  BOOST_TEST(!flow.state().documentScanSha256.empty());
  flow.back();
  const auto lines = foreignerMrz();
  BOOST_REQUIRE(flow.acceptMrzText(lines[0] + "\n" + lines[1]).ok());
  BOOST_TEST(flow.state().documentScanSha256.empty());
}

BOOST_AUTO_TEST_CASE(finger_qualities_are_kept_with_the_prints_and_survive_the_draft) {
  presenter::NewCaseFlow flow(services, officer);
  flow.chooseService(core::ServiceCode::IdCard);
  std::vector<presenter::CapturedFinger> fingers;
  fingers.push_back({"right-thumb", "template-1", "", "", 81.25});
  fingers.push_back({"right-index", "", "", "amputated", 0});
  fingers.push_back({"left-thumb", "template-3", "", "", 64});
  BOOST_REQUIRE(flow.takeFingerprints(fingers).ok());
  BOOST_REQUIRE_EQUAL(flow.state().fingerprintSha256.size(), 2u);
  const std::vector<core::FingerQuality> expected{
      {"right-thumb", 81.25, ""}, {"right-index", 0, "amputated"}, {"left-thumb", 64, ""}};
  BOOST_TEST((flow.state().fingerQuality == expected));
  auto decoded = presenter::decodeFlowState(presenter::encodeFlowState(flow.state()));
  BOOST_REQUIRE(decoded.ok());
  BOOST_TEST((decoded->fingerQuality == expected));
  BOOST_TEST((decoded->fingerprintSha256 == flow.state().fingerprintSha256));
}

BOOST_AUTO_TEST_CASE(a_scan_no_longer_held_is_named_not_hidden) {
  core::EVisaExtensionPayload payload{"EV0012345", *core::CivilDate::parse("2027-01-10")};
  const std::string sha = *blobs.put(pageJpeg());
  auto opened = caseService.open({"", foreigner.id, core::Channel::Counter, payload, {sha, {}}}, officer);
  BOOST_REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? std::string() : opened.error().code));
  // What the sync agent does after the retention period: only the centre's copy is left.
  database().session() << "UPDATE blobs SET centre_key = repeat('a', 64), centre_bytes = decode(repeat('00', size::int + 48), 'hex'),"
                          " sent_at = now(), bytes = NULL WHERE sha256 = :h",
      soci::use(sha);
  presenter::CaseViewPresenter view(services, supervisor, opened->id);
  BOOST_REQUIRE(view.load().ok());
  BOOST_TEST(view.evidence().documentScan.empty());
  BOOST_REQUIRE(view.evidence().documentScanError.has_value());
  BOOST_TEST(view.evidence().documentScanError->code == "storage.blob_sent");
}

BOOST_AUTO_TEST_SUITE_END()
