/* test-report.c — a verdict as text and as JSON: content, numbers, parsing it back
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-evaluate.h"
#include "sw-report.h"
#include "sw-robustness.h"
#include "sw-test.h"

static SwVerdict *
verdict_for (SwDataset  *dataset,
             const char *assignments)
{
  g_auto(GStrv) parts = g_strsplit (assignments, " ", -1);
  double weights[32] = { 0 };
  SwVerdict *verdict;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      guint criterion;
      double value;

      if (parts[i][0] == '\0')
        continue;
      g_assert_true (sw_parse_weight_assignment (dataset, parts[i], &criterion, &value, &error));
      weights[criterion] = value;
    }

  verdict = sw_evaluate_new (dataset, weights);
  sw_verdict_estimate_robustness (verdict);

  return verdict;
}

static void
assert_no_bad_numbers (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  g_assert_null (strstr (lower, "nan"));
  g_assert_null (strstr (lower, "inf"));
  g_assert_null (strstr (lower, "-0.0"));
}

static void
test_format_number (void)
{
  static const struct {
    double value;
    const char *text;
  } cases[] = {
    { 0, "0.0" }, { -0.04, "0.0" }, { -0.0, "0.0" }, { 6.45, "6.5" }, { 84.65, "84.7" },
    { 100, "100.0" }, { -3.26, "-3.3" }, { NAN, "0.0" }, { INFINITY, "0.0" }, { -INFINITY, "0.0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sw_format_number (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_text (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) clear = verdict_for (dataset, "code_sharing=10 realtime=5");
  g_autoptr(SwVerdict) hybrid = verdict_for (dataset, "realtime=10 data_ml=10");
  g_autoptr(SwVerdict) empty = verdict_for (dataset, "");
  g_autofree char *clear_text = sw_report_format_text (clear);
  g_autofree char *hybrid_text = sw_report_format_text (hybrid);
  g_autofree char *empty_text = sw_report_format_text (empty);

  g_test_message ("%s\n%s\n%s", clear_text, hybrid_text, empty_text);

  g_assert_true (g_str_has_prefix (clear_text, "Node.js is the better fit: a clear lead of "));
  g_assert_nonnull (strstr (clear_text, "Scores out of 100: Node.js "));
  g_assert_nonnull (strstr (clear_text, "confidence: clear"));
  g_assert_nonnull (strstr (clear_text, "Top reasons: Code shared with the frontend (weight 10.0): "));
  g_assert_nonnull (strstr (clear_text, "of plausible cases"));

  g_assert_true (g_str_has_prefix (hybrid_text, "Consider a hybrid: "));
  g_assert_nonnull (strstr (hybrid_text, "Node.js for Real-time & many connections"));
  g_assert_nonnull (strstr (hybrid_text, "Python for Data & ML"));
  g_assert_nonnull (strstr (hybrid_text, "What would change the answer: Lower Data & ML below 7.1 "));
  /* Beyond the slider's end, the share it would need: 14/24 = 58.3%, shown 59%. */
  g_assert_nonnull (strstr (hybrid_text, "Give Real-time & many connections more than 59% of the weight and Node.js takes the lead."));
  g_assert_nonnull (strstr (hybrid_text, "\nMoving 7% of the weight from Data & ML to Code shared with the frontend would tie Python with Node.js.\n"));

  g_assert_true (g_str_has_prefix (empty_text, "Undecided: no priority"));
  /* Nothing stated about the situation: the text does not mention it. */
  g_assert_null (strstr (clear_text, "situation"));

  /* Once stated, the text ends with it (the clipboard summary and the command line). */
  {
    SwSituation situation;
    g_autoptr(SwDataset) situated = NULL;
    g_autoptr(SwVerdict) stated = NULL;
    g_autofree char *stated_text = NULL;

    sw_situation_init (&situation);
    situation.skills[0] = 6;
    situation.existing = SW_EXISTING_NONE;
    situated = sw_dataset_new_situated (dataset, &situation);
    stated = sw_evaluate_new (situated, sw_verdict_get_weights (clear));
    stated_text = sw_report_format_text (stated);
    g_assert_true (g_str_has_suffix (stated_text, "\nThe team’s situation: skills Python 6.0 of 10, "
                                     "Node.js not stated; existing systems: none of these.\n"));
  }
  g_assert_cmpuint (strlen (empty_text), ==, strchr (empty_text, '\n') - empty_text + 1);

  assert_no_bad_numbers (clear_text);
  assert_no_bad_numbers (hybrid_text);
  assert_no_bad_numbers (empty_text);
}

static void
test_tipping_sentence (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) verdict = verdict_for (dataset, "realtime=10 data_ml=10");
  gboolean seen = FALSE;

  for (guint p = 0; p < sw_verdict_get_n_tipping_points (verdict); p++)
    {
      const SwTippingPoint *point = sw_verdict_get_tipping_point (verdict, p);
      g_autofree char *sentence = sw_verdict_dup_tipping_point_sentence (verdict, p);

      /* code_sharing: Python 140 + 2x, Node.js 120 + 10x: they cross at 2.5. */
      if (point->criterion == (guint) sw_dataset_find_criterion (dataset, "code_sharing"))
        {
          g_assert_cmpfloat_with_epsilon (point->at, 2.5, 1e-12);
          g_assert_cmpstr (sentence, ==, "Raise Code shared with the frontend above 2.5 and Node.js takes the lead.");
          seen = TRUE;
        }
      /* data_ml down: 90 + 10x against 50 + 3x + 40: (…) crosses at 50/7 ≈ 7.14, shown as 7.1. */
      if (point->criterion == (guint) sw_dataset_find_criterion (dataset, "data_ml"))
        g_assert_cmpstr (sentence, ==, "Lower Data & ML below 7.1 and Node.js takes the lead.");
    }

  g_assert_true (seen);
}

static double
member_double (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  g_assert_nonnull (node);
  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_DOUBLE);

  return json_node_get_double (node);
}

static void
test_json (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) verdict = verdict_for (dataset, "realtime=10 data_ml=10");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = sw_report_format_json (verdict, "startup-data", FALSE);
  JsonObject *root;
  JsonObject *hybrid;
  JsonArray *contributions;
  JsonArray *tipping;
  double sum = 0.0;
  double probability = 0.0;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  assert_no_bad_numbers (json);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, "hybrid");
  g_assert_cmpstr (json_object_get_string_member (root, "leader"), ==, "python");
  g_assert_cmpstr (json_object_get_string_member (root, "preset"), ==, "startup-data");
  g_assert_cmpstr (json_object_get_string_member (root, "confidence"), ==, "leaning");
  g_assert_cmpfloat_with_epsilon (member_double (json_object_get_object_member (root, "scores"), "python"), 70.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (member_double (root, "margin"), 10.0, 1e-9);
  g_assert_cmpfloat (member_double (json_object_get_object_member (root, "weights"), "realtime"), ==, 10.0);
  g_assert_cmpfloat (member_double (json_object_get_object_member (root, "weights"), "learning"), ==, 0.0);

  contributions = json_object_get_array_member (root, "contributions");
  g_assert_cmpuint (json_array_get_length (contributions), ==, 2);
  for (guint i = 0; i < json_array_get_length (contributions); i++)
    {
      JsonObject *item = json_array_get_object_element (contributions, i);

      g_assert_true (json_object_has_member (item, "criterion"));
      g_assert_true (json_object_has_member (item, "weight"));
      g_assert_true (json_object_has_member (item, "favours"));
      sum += member_double (item, "points");
    }
  g_assert_cmpfloat_with_epsilon (sum, member_double (root, "margin"), 1e-9);

  tipping = json_object_get_array_member (root, "tipping_points");
  g_assert_cmpuint (json_array_get_length (tipping), >, 0);
  for (guint i = 0; i < json_array_get_length (tipping); i++)
    {
      JsonObject *item = json_array_get_object_element (tipping, i);

      g_assert_nonnull (json_object_get_string_member (item, "criterion"));
      g_assert_nonnull (json_object_get_string_member (item, "new_leader"));
      g_assert_cmpfloat (member_double (item, "at"), >, 0.0);
    }

  hybrid = json_object_get_object_member (root, "hybrid");
  g_assert_nonnull (hybrid);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (hybrid, "nodejs"), 0), ==, "realtime");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (hybrid, "python"), 0), ==, "data_ml");

  probability += member_double (json_object_get_object_member (root, "robustness"), "python");
  probability += member_double (json_object_get_object_member (root, "robustness"), "nodejs");
  g_assert_cmpfloat_with_epsilon (probability, 1.0, 1e-12);

  g_assert_true (g_str_has_prefix (json_object_get_string_member (root, "summary"), "Consider a hybrid"));
}

static void
test_json_undecided (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) verdict = verdict_for (dataset, "");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = sw_report_format_json (verdict, NULL, TRUE);
  JsonObject *root;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  assert_no_bad_numbers (json);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, "undecided");
  g_assert_cmpstr (json_object_get_string_member (root, "undecided_reason"), ==, "no priority");
  g_assert_true (json_object_get_null_member (root, "leader"));
  g_assert_true (json_object_get_null_member (root, "hybrid"));
  g_assert_true (json_object_get_null_member (root, "preset"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "contributions")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "tipping_points")), ==, 0);
}

/* A team's JSON tipping points are the active participant's, everyone else
 * held: the same points and sentences as the text, the record and the window
 * (sw_report_dup_team_tipping()), never those of the mean weights. */
static void
test_json_team_tipping (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(SwVerdict) mean = NULL;
  g_autoptr(SwTeam) team = NULL;
  g_auto(GStrv) sentences = NULL;
  JsonObject *root;
  JsonArray *tipping;
  guint n_criteria = sw_dataset_get_n_criteria (dataset);

  sw_meeting_add_participant (meeting, NULL);
  g_assert_true (sw_meeting_rename_participant (meeting, 0, "Ana"));
  g_assert_true (sw_meeting_rename_participant (meeting, 1, "Ben"));
  for (guint c = 0; c < n_criteria; c++)
    {
      sw_meeting_set_active_participant (meeting, 0);
      sw_meeting_set_weight (meeting, c, c % 3 == 0 ? 8.0 : 2.0);
      sw_meeting_set_active_participant (meeting, 1);
      sw_meeting_set_weight (meeting, c, c % 2 == 0 ? 7.0 : 3.0);
    }
  sw_meeting_set_active_participant (meeting, 1);

  node = sw_report_build_meeting_json (meeting);
  root = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "team"), "active"), ==, "Ben");
  tipping = json_object_get_array_member (root, "tipping_points");
  team = sw_meeting_new_team (meeting);
  sentences = sw_report_dup_team_tipping (meeting, team, NULL);
  g_assert_cmpuint (json_array_get_length (tipping), >, 0);
  for (guint i = 0; i < json_array_get_length (tipping) && i < SW_REPORT_MAX_TIPPING_POINTS; i++)
    {
      const char *sentence = json_object_get_string_member (json_array_get_object_element (tipping, i), "sentence");

      g_assert_cmpstr (sentence, ==, sentences[i]);
      g_assert_true (g_str_has_prefix (sentence, "Ben’s sliders, everyone else held: "));
    }

  /* Not the mean's: those speak of no one's sliders. */
  mean = sw_evaluate_new (dataset, sw_verdict_get_weights (sw_team_get_verdict (team)));
  for (guint i = 0; i < sw_verdict_get_n_tipping_points (mean); i++)
    {
      g_autofree char *sentence = sw_verdict_dup_tipping_point_sentence (mean, i);

      for (guint j = 0; j < json_array_get_length (tipping); j++)
        g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tipping, j), "sentence"),
                         !=, sentence);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/report/format-number", test_format_number);
  g_test_add_func ("/stackwise/report/text", test_text);
  g_test_add_func ("/stackwise/report/tipping-sentence", test_tipping_sentence);
  g_test_add_func ("/stackwise/report/json", test_json);
  g_test_add_func ("/stackwise/report/json-undecided", test_json_undecided);
  g_test_add_func ("/stackwise/report/json-team-tipping", test_json_team_tipping);

  return g_test_run ();
}
