/* test-export-markdown.c — the decision record: every MADR section, the verdict, the team, pros and cons
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sw-export-markdown.h"
#include "sw-report.h"
#include "sw-test.h"

static const char *sections[] = {
  "\n## Context and Problem Statement\n",
  "\n## Decision Drivers\n",
  "\n## Considered Options\n",
  "\n## Decision Outcome\n",
  "\n## Pros and Cons of the Options\n",
};

/* Every section, once, in MADR's order. */
static void
assert_sections (const char *record)
{
  const char *previous = record;

  g_assert_true (g_str_has_prefix (record, "# "));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const char *at = strstr (record, sections[i]);

      g_assert_nonnull (at);
      g_assert_true (at > previous);
      g_assert_null (strstr (at + 1, sections[i]));
      previous = at;
    }
  sw_test_assert_contains (record, "\n* Status: proposed\n");
  sw_test_assert_contains (record, "\n* Date: 2026-03-14\n");
  g_assert_true (g_str_has_suffix (record, "\n"));
  g_assert_false (g_str_has_suffix (record, "\n\n"));
  g_assert_null (strstr (record, "nan"));
  g_assert_null (strstr (record, "(null)"));
}

static void
test_preset (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autoptr(SwMeeting) meeting = sw_test_new_meeting (dataset, 0.0);
  const SwPreset *preset = sw_dataset_get_preset (dataset, sw_dataset_find_preset (dataset, "startup-validate"));
  g_autoptr(SwVerdict) verdict = NULL;
  g_autofree char *record = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *robustness = NULL;
  g_autofree char *reason = NULL;

  sw_meeting_restore (meeting, preset->weights, preset->id);
  record = sw_export_markdown (meeting, day);
  verdict = sw_meeting_evaluate (meeting, NULL);
  headline = sw_verdict_dup_headline (verdict);
  robustness = sw_verdict_dup_robustness_sentence (verdict);
  reason = sw_verdict_dup_contribution_sentence (verdict, 0);

  assert_sections (record);
  g_assert_true (g_str_has_prefix (record, "# Python vs Node.js: use Node.js\n"));
  /* One person alone: no deciders, no team. */
  g_assert_null (strstr (record, "Deciders"));
  g_assert_null (strstr (record, "Team votes"));

  /* Context: no notes, so the question; the dataset; the preset. */
  sw_test_assert_contains (record, "Which should we choose: Python or Node.js?");
  sw_test_assert_contains (record, "The weights are those of the preset “Validate ideas quickly” (Startups)");

  /* Drivers heaviest first: prototyping 10, then code sharing 9. */
  g_assert_true (strstr (record, "* Fast prototyping — weight 10.0") <
                 strstr (record, "* Code shared with the frontend — weight 9.0"));
  g_assert_nonnull (strstr (record, "* Fast prototyping — weight 10.0"));

  /* The outcome in the verdict's own sentences. */
  sw_test_assert_contains (record, "Chosen option: **Node.js**.");
  sw_test_assert_contains (record, headline);
  sw_test_assert_contains (record, reason);
  sw_test_assert_contains (record, robustness);
  sw_test_assert_contains (record, "Scores out of 100: Node.js 80.6, Python 62.2; confidence: clear.");

  /* The options with the guide's pros and cons, attributed. */
  sw_test_assert_contains (record, "* Node.js — A JavaScript runtime");
  sw_test_assert_contains (record, "### Python\n\n* Good: Readable code\n");
  sw_test_assert_contains (record, "* Bad: Struggles with CPU-heavy tasks\n");
  sw_test_assert_contains (record, "_Source: Facts and figures from a published guide");
}

static void
test_every_preset (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(GDateTime) day = sw_test_meeting_day ();

  for (guint i = 0; i < sw_dataset_get_n_presets (dataset); i++)
    {
      const SwPreset *preset = sw_dataset_get_preset (dataset, i);
      g_autoptr(SwMeeting) meeting = sw_test_new_meeting (dataset, 0.0);
      g_autoptr(SwVerdict) verdict = NULL;
      g_autofree char *record = NULL;
      g_autofree char *headline = NULL;

      g_test_message ("%s", preset->id);
      sw_meeting_restore (meeting, preset->weights, preset->id);
      sw_meeting_restore_situation (meeting, &preset->situation);
      record = sw_export_markdown (meeting, day);
      /* The facts the preset states are in the record. */
      if (!sw_situation_is_empty (&preset->situation))
        sw_test_assert_contains (record, "The team’s situation: skills Python not stated, Node.js 8.0 of 10; "
                                 "existing systems: not stated.");
      verdict = sw_meeting_evaluate (meeting, NULL);
      headline = sw_verdict_dup_headline (verdict);

      assert_sections (record);
      sw_test_assert_contains (record, headline);
      /* Legacy integration with nothing stated about the existing systems. */
      if (sw_verdict_get_kind (verdict) == SW_VERDICT_KIND_UNDECIDED)
        {
          g_assert_cmpstr (preset->id, ==, "enterprise-legacy");
          sw_test_assert_contains (record, "No option is chosen yet.");
        }
      else if (sw_verdict_get_kind (verdict) == SW_VERDICT_KIND_HYBRID)
        {
          g_assert_true (g_str_has_prefix (record, "# Python vs Node.js: combine Python and Node.js\n"));
          sw_test_assert_contains (record, "Chosen option: **a hybrid**");
        }
      else if (sw_verdict_get_kind (verdict) == SW_VERDICT_KIND_UNDECIDED)
        {
          sw_test_assert_contains (record, "No option is chosen yet.");
        }
      else
        {
          const char *leader = sw_dataset_get_technology (dataset, sw_verdict_get_leader (verdict))->name;
          g_autofree char *chosen = g_strdup_printf ("Chosen option: **%s**.", leader);

          sw_test_assert_contains (record, chosen);
        }
    }
}

static void
test_team (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "meeting.stackwise");
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autofree char *record = sw_export_markdown (meeting, day);
  g_autoptr(SwTeam) team = NULL;
  g_autoptr(SwVerdict) verdict = sw_meeting_evaluate (meeting, &team);
  g_autofree char *consensus = sw_team_dup_consensus_label (team);
  g_autofree char *ana_without = sw_team_dup_without_sentence (team, 0, "Ana");
  g_autofree char *disagreement = sw_team_dup_disagreement_sentence (team, 0);

  assert_sections (record);
  sw_test_assert_contains (record, "\n* Deciders: Ana, Ben, Cleo\n");
  /* The notes are the context. */
  sw_test_assert_contains (record, "## Context and Problem Statement\n\nThe order-tracking service:");
  sw_test_assert_contains (record, "each weight is the mean of the participants' shares of their weight, scaled to add up to 10");

  /* The team's verdict, then each person's. */
  g_assert_true (strstr (record, "### Team votes") > strstr (record, "Chosen option:"));
  sw_test_assert_contains (record, consensus);
  sw_test_assert_contains (record, "| Participant | Their own verdict | Without them |");
  sw_test_assert_contains (record, "| Ben | Python | Without Ben, Node.js would be the better fit. |");
  sw_test_assert_contains (record, ana_without);
  sw_test_assert_contains (record, disagreement);
  g_assert_null (strstr (record, "Not everyone had finished voting"));
}

static void
test_team_not_all_voted (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "team.stackwise");
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autofree char *record = NULL;

  /* Not blind: an open blind vote shows nothing (tests/test-blind-vote.c). */
  sw_meeting_set_blind (meeting, FALSE);
  /* A name that would break the table. */
  g_assert_true (sw_meeting_rename_participant (meeting, 0, "Ana | ops"));
  record = sw_export_markdown (meeting, day);

  assert_sections (record);
  sw_test_assert_contains (record, "Not everyone had finished voting: Cleo.");
  sw_test_assert_contains (record, "| Ana \\| ops | Node.js |");
  /* The worked example of tests/test-team.c: 17/36 = 47%, Ben decides it. */
  sw_test_assert_contains (record, "Priorities overlap 47%. 2 of 3 participants reach the team's verdict on their own.");
  sw_test_assert_contains (record, "Without Ben, Node.js would be the better fit.");
}

static void
test_pros_cons_from_fits (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "alone.stackwise");
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autofree char *record = sw_export_markdown (meeting, day);

  /* minimal.json has no pros-cons block: each fit that is the best or the worst. */
  assert_sections (record);
  sw_test_assert_contains (record, "### Python\n\n* Good: Data & ML — The reference toolset.\n"
                           "* Good: Easy to learn — Clear syntax.\n"
                           "* Bad: Real-time features — Workable.\n");
  sw_test_assert_contains (record, "### Node.js\n\n* Good: Real-time features — Built for it.\n");
  g_assert_null (strstr (record, "_Source:"));
}

static void
test_to_file (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwMeeting) meeting = sw_test_load_meeting_file (dataset, "alone.stackwise");
  g_autoptr(GDateTime) day = sw_test_meeting_day ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stackwise-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "decision.md", NULL);
  g_autofree char *missing = g_build_filename (dir, "gone", "decision.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autofree char *expected = sw_export_markdown (meeting, day);
  g_autofree char *written = NULL;

  g_assert_true (sw_export_markdown_to_file (meeting, day, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  g_assert_false (sw_export_markdown_to_file (meeting, day, missing_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "decision.md: cannot save (the folder does not exist)");

  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/export-markdown/preset", test_preset);
  g_test_add_func ("/stackwise/export-markdown/every-preset", test_every_preset);
  g_test_add_func ("/stackwise/export-markdown/team", test_team);
  g_test_add_func ("/stackwise/export-markdown/team-not-all-voted", test_team_not_all_voted);
  g_test_add_func ("/stackwise/export-markdown/pros-cons-from-fits", test_pros_cons_from_fits);
  g_test_add_func ("/stackwise/export-markdown/to-file", test_to_file);

  return g_test_run ();
}
