/* test-weights-source.c — where a meeting's weights came from: a preset, someone's own, the team's mean
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-export-markdown.h"
#include "sw-test.h"
#include "sw-weights-source.h"

static const SwPreset *
preset_of (SwDataset  *dataset,
           const char *id)
{
  int index = sw_dataset_find_preset (dataset, id);

  g_assert_cmpint (index, >=, 0);
  return sw_dataset_get_preset (dataset, index);
}

/* One person alone: the preset, named only while the weights are exactly its own. */
static void
test_alone (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint n = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = NULL;
  g_autofree char *sentence = NULL;

  g_assert_true (sw_meeting_apply_preset (meeting, "startup-validate"));
  g_assert_cmpint (sw_weights_source_get_kind (meeting), ==, SW_WEIGHTS_SOURCE_PRESET);
  sentence = sw_weights_source_dup_sentence (meeting, NULL);
  g_assert_cmpstr (sentence, ==, "The weights are those of the preset “Validate ideas quickly” (Startups).");
  g_clear_pointer (&sentence, g_free);

  /* Tried, then changed: no longer the preset's. */
  sw_meeting_set_weight (meeting, 0, sw_meeting_get_weight (meeting, 0) + 0.1);
  g_assert_cmpint (sw_weights_source_get_kind (meeting), ==, SW_WEIGHTS_SOURCE_OWN);
  sentence = sw_weights_source_dup_sentence (meeting, NULL);
  g_assert_cmpstr (sentence, ==, "The weights were set by hand, not taken from a preset.");
  g_clear_pointer (&sentence, g_free);

  /* Exactly a preset's weights, though none was applied: that preset. */
  weights = g_memdup2 (preset_of (dataset, "startup-data")->weights, n * sizeof (double));
  sw_meeting_set_weights (meeting, weights, n);
  sentence = sw_weights_source_dup_sentence (meeting, NULL);
  g_assert_cmpstr (sentence, ==, "The weights are those of the preset “Data-driven products” (Startups).");
}

/* A team: the mean of everyone's, named; a preset only for whoever took it unchanged.
 * The case that was wrong: the team's record credited one person's preset for the mean of three. */
static SwMeeting *
three_people (SwDataset *dataset)
{
  SwMeeting *meeting = sw_meeting_new (dataset);
  guint n = sw_dataset_get_n_criteria (dataset);
  g_autofree double *own = g_new0 (double, n);

  g_assert_cmpint (sw_meeting_add_participant (meeting, "Ben"), ==, 1);
  g_assert_cmpint (sw_meeting_add_participant (meeting, "Cleo"), ==, 2);
  g_assert_true (sw_meeting_rename_participant (meeting, 0, "Ana"));
  sw_meeting_set_active_participant (meeting, 1);
  own[0] = 9.0;
  sw_meeting_set_weights (meeting, own, n);
  sw_meeting_set_active_participant (meeting, 2);
  own[1] = 4.0;
  sw_meeting_set_weights (meeting, own, n);
  sw_meeting_set_active_participant (meeting, 0);
  g_assert_true (sw_meeting_apply_preset (meeting, "startup-data"));

  return meeting;
}

static void
test_team (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = three_people (dataset);
  guint n = sw_dataset_get_n_criteria (dataset);
  g_autofree char *sentence = NULL;
  g_autofree char *record = NULL;
  SwBlindVote blind;

  g_assert_cmpint (sw_weights_source_get_kind (meeting), ==, SW_WEIGHTS_SOURCE_TEAM_MEAN);
  sentence = sw_weights_source_dup_sentence (meeting, NULL);
  g_assert_cmpstr (sentence, ==,
                   "The weights are the mean of the weights of Ana, Ben and Cleo, each taken as shares of "
                   "their own total. Ana took the preset “Data-driven products” (Startups) unchanged. "
                   "Ben and Cleo set their own weights.");
  g_clear_pointer (&sentence, g_free);

  /* The record says so, and never that the team's weights are a preset's. */
  record = sw_export_markdown (meeting, NULL);
  sw_test_assert_contains (record, "The weights are the mean of the weights of Ana, Ben and Cleo");
  sw_test_assert_contains (record, "Ana took the preset “Data-driven products” (Startups) unchanged.");
  g_assert_null (strstr (record, "The weights are those of the preset"));
  g_clear_pointer (&record, g_free);

  /* Two who took the same preset, one another: grouped by preset. */
  sw_meeting_set_active_participant (meeting, 1);
  sw_meeting_set_weights (meeting, preset_of (dataset, "startup-data")->weights, n);
  sw_meeting_set_active_participant (meeting, 2);
  sw_meeting_set_weights (meeting, preset_of (dataset, "startup-validate")->weights, n);
  sentence = sw_weights_source_dup_sentence (meeting, NULL);
  g_assert_cmpstr (sentence, ==,
                   "The weights are the mean of the weights of Ana, Ben and Cleo, each taken as shares of "
                   "their own total. Cleo took the preset “Validate ideas quickly” (Startups) unchanged. "
                   "Ana and Ben took the preset “Data-driven products” (Startups) unchanged.");
  g_clear_pointer (&sentence, g_free);

  /* A blind vote still sealed: who is in the mean, but no preset (it would show weights);
   * the record says nothing of weights at all. */
  sw_meeting_set_blind (meeting, TRUE);
  sw_blind_vote_init_from_meeting (&blind, meeting);
  g_assert_true (blind.hidden);
  sentence = sw_weights_source_dup_sentence (meeting, &blind);
  g_assert_cmpstr (sentence, ==,
                   "The weights are the mean of the weights of Ana, Ben and Cleo, each taken as shares of "
                   "their own total.");
  record = sw_export_markdown (meeting, NULL);
  g_assert_null (strstr (record, "preset"));
  g_assert_null (strstr (record, "weight"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/weights-source/alone", test_alone);
  g_test_add_func ("/stackwise/weights-source/team", test_team);

  return g_test_run ();
}
