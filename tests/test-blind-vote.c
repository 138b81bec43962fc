/* test-blind-vote.c — the blind rule: what a meeting may show while its vote is open
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-blind-vote.h"
#include "sw-export-markdown.h"
#include "sw-report.h"
#include "sw-test.h"

static void
test_rule (void)
{
  SwBlindVote blind;

  /* Not blind: everything shows. */
  sw_blind_vote_init (&blind, FALSE, 3, 1);
  g_assert_false (blind.blind);
  g_assert_false (blind.hidden);
  g_assert_true (sw_blind_vote_shows_participant (&blind, TRUE));

  /* One person alone has no team result to hide. */
  sw_blind_vote_init (&blind, TRUE, 1, 0);
  g_assert_false (blind.hidden);

  /* Open: only someone still setting their weights sees them. */
  sw_blind_vote_init (&blind, TRUE, 3, 2);
  g_assert_true (blind.hidden);
  g_assert_cmpuint (blind.voted, ==, 2);
  g_assert_cmpuint (blind.of, ==, 3);
  g_assert_false (sw_blind_vote_shows_participant (&blind, TRUE));
  g_assert_true (sw_blind_vote_shows_participant (&blind, FALSE));

  /* Everyone has voted: revealed. */
  sw_blind_vote_init (&blind, TRUE, 3, 3);
  g_assert_true (blind.blind);
  g_assert_false (blind.hidden);
  g_assert_true (sw_blind_vote_shows_participant (&blind, TRUE));
}

static void
test_status (void)
{
  SwBlindVote blind;
  g_autofree char *two = NULL;
  g_autofree char *one = NULL;

  sw_blind_vote_init (&blind, TRUE, 3, 2);
  two = sw_blind_vote_dup_status (&blind);
  g_assert_cmpstr (two, ==, "blind vote: 2 of 3 have voted; the result stays hidden until everyone has");
  sw_blind_vote_init (&blind, TRUE, 3, 1);
  one = sw_blind_vote_dup_status (&blind);
  g_assert_cmpstr (one, ==, "blind vote: 1 of 3 has voted; the result stays hidden until everyone has");
}

static void
test_evaluate (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "blind-open.stackwise");
  g_autoptr(SwVerdict) sealed = NULL;
  g_autoptr(SwVerdict) revealed = NULL;
  g_autoptr(SwTeam) team = NULL;
  SwBlindVote blind;

  sealed = sw_blind_vote_evaluate (meeting, &team, &blind);
  g_assert_null (sealed);
  g_assert_null (team);
  g_assert_true (blind.hidden);
  g_assert_cmpuint (blind.voted, ==, 2);

  sw_meeting_set_participant_voted (meeting, 2, TRUE);
  revealed = sw_blind_vote_evaluate (meeting, &team, &blind);
  g_assert_nonnull (revealed);
  g_assert_nonnull (team);
  g_assert_false (blind.hidden);
}

/* The decision record of an open vote names no option and shows no weights. */
static void
test_record (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "blind-open.stackwise");
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 14, 10, 0, 0);
  g_autofree char *record = NULL;
  g_autofree char *revealed = NULL;

  record = sw_export_markdown (meeting, date);
  g_assert_true (g_str_has_prefix (record, "# Python vs Node.js: vote still open\n"));
  g_assert_nonnull (strstr (record, "The vote is still open: 2 of 3 participants have voted"));
  g_assert_null (strstr (record, "Chosen option"));
  g_assert_null (strstr (record, "weight"));
  g_assert_null (strstr (record, "Decision Drivers"));
  g_assert_null (strstr (record, "Consensus"));

  sw_meeting_set_participant_voted (meeting, 2, TRUE);
  revealed = sw_export_markdown (meeting, date);
  g_assert_nonnull (strstr (revealed, "## Decision Drivers"));
  g_assert_null (strstr (revealed, "vote still open"));
}

/* The command line's text and JSON come from the core, through the same rule. */
static void
test_report (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "blind-open.stackwise");
  g_autofree char *text = sw_report_format_meeting_text (meeting);
  g_autofree char *json = sw_report_format_meeting_json (meeting, FALSE);
  g_autofree char *revealed_text = NULL;
  g_autoptr(JsonNode) revealed = NULL;
  JsonObject *object;

  g_assert_cmpstr (text, ==, "blind vote: 2 of 3 have voted; the result stays hidden until everyone has\n");
  g_assert_cmpstr (json, ==, "{\"dataset\":\"python-vs-nodejs\",\"verdict\":null,\"team\":null,"
                             "\"blind\":{\"voted\":2,\"of\":3}}");

  sw_meeting_set_participant_voted (meeting, 2, TRUE);
  revealed_text = sw_report_format_meeting_text (meeting);
  g_assert_null (strstr (revealed_text, "blind vote"));
  g_assert_nonnull (strstr (revealed_text, "Scores out of 100"));
  revealed = sw_report_build_meeting_json (meeting);
  object = json_node_get_object (revealed);
  g_assert_false (json_object_get_null_member (object, "verdict"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (object, "team"),
                                                                         "participants")), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "blind"), "voted"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/blind-vote/rule", test_rule);
  g_test_add_func ("/stackwise/blind-vote/status", test_status);
  g_test_add_func ("/stackwise/blind-vote/evaluate", test_evaluate);
  g_test_add_func ("/stackwise/blind-vote/record", test_record);
  g_test_add_func ("/stackwise/blind-vote/report", test_report);

  return g_test_run ();
}
