#include <boost/test/unit_test.hpp>
#include <wx/msgdlg.h>

#include "mws/test/wx_fixture.hpp"

using namespace mws;

BOOST_FIXTURE_TEST_SUITE(modal_dialogs, test::WxFixture)

BOOST_AUTO_TEST_CASE(the_fixture_answers_modal_dialogs) {
  test::DialogAnswerer answerer(wxID_NO);
  wxMessageDialog dialog(nullptr, "Discard the draft?", "Confirm", wxYES_NO);
  BOOST_TEST(dialog.ShowModal() == wxID_NO);
  BOOST_REQUIRE(answerer.seen().size() == 1u);
  BOOST_TEST(answerer.seen().front() == "Confirm: Discard the draft?");
}

BOOST_AUTO_TEST_SUITE_END()
