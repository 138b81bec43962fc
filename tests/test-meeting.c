/* test-meeting.c — the decision: weights, presets, undo and redo, gestures, a replaced dataset
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-dataset.h"
#include "sw-meeting.h"
#include "sw-evaluate.h"
#include "sw-explain.h"
#include "sw-meeting-file.h"
#include "sw-test.h"

static guint
criterion (SwDataset  *dataset,
           const char *id)
{
  int index = sw_dataset_find_criterion (dataset, id);

  g_assert_cmpint (index, >=, 0);
  return index;
}

static void
count_changed (SwMeeting *meeting,
               guint      *count)
{
  (*count)++;
}

static void
test_meeting_defaults (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);

  g_assert_true (sw_meeting_get_dataset (meeting) == dataset);
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset); i++)
    g_assert_cmpfloat (sw_meeting_get_weight (meeting, i), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_null (sw_meeting_get_preset_id (meeting));
  g_assert_false (sw_meeting_can_undo (meeting));
  g_assert_false (sw_meeting_can_redo (meeting));
  g_assert_false (sw_meeting_undo (meeting));
  g_assert_false (sw_meeting_redo (meeting));
}

static void
test_meeting_set_weight (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint data_ml = criterion (dataset, "data_ml");
  guint changed = 0;

  g_signal_connect (meeting, "changed", G_CALLBACK (count_changed), &changed);

  sw_meeting_set_weight (meeting, data_ml, 8.5);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, data_ml), ==, 8.5);
  g_assert_cmpuint (changed, ==, 1);

  /* The same value again is no change. */
  sw_meeting_set_weight (meeting, data_ml, 8.5);
  g_assert_cmpuint (changed, ==, 1);

  /* Clamped; NaN ignored. */
  sw_meeting_set_weight (meeting, data_ml, 42);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, data_ml), ==, 10.0);
  sw_meeting_set_weight (meeting, data_ml, -3);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, data_ml), ==, 0.0);
  sw_meeting_set_weight (meeting, data_ml, NAN);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, data_ml), ==, 0.0);
  g_assert_cmpuint (changed, ==, 3);
}

static void
test_meeting_preset (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  const SwPreset *preset;
  guint changed = 0;

  g_signal_connect (meeting, "changed", G_CALLBACK (count_changed), &changed);

  g_assert_false (sw_meeting_apply_preset (meeting, "no-such-preset"));
  g_assert_cmpuint (changed, ==, 0);

  g_assert_true (sw_meeting_apply_preset (meeting, "startup-data"));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (sw_meeting_get_preset_id (meeting), ==, "startup-data");
  preset = sw_dataset_get_preset (dataset, sw_dataset_find_preset (dataset, "startup-data"));
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset); i++)
    g_assert_cmpfloat (sw_meeting_get_weight (meeting, i), ==, preset->weights[i]);

  /* A weight changed by hand: the weights are no longer the preset's. */
  sw_meeting_set_weight (meeting, 0, 9);
  g_assert_null (sw_meeting_get_preset_id (meeting));

  /* Undo brings the preset back with its weights. */
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpstr (sw_meeting_get_preset_id (meeting), ==, "startup-data");
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, preset->weights[0]);
}

static void
test_meeting_undo_redo (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint changed = 0;

  g_signal_connect (meeting, "changed", G_CALLBACK (count_changed), &changed);

  sw_meeting_set_weight (meeting, 0, 1);
  sw_meeting_set_weight (meeting, 1, 2);
  g_assert_true (sw_meeting_apply_preset (meeting, "dev-knows-js"));
  sw_meeting_reset (meeting);
  g_assert_cmpuint (changed, ==, 4);

  /* Reset is one step. */
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpstr (sw_meeting_get_preset_id (meeting), ==, "dev-knows-js");
  /* The preset is one step. */
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_null (sw_meeting_get_preset_id (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, 1);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 1), ==, 2);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 1), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_false (sw_meeting_can_undo (meeting));
  g_assert_false (sw_meeting_undo (meeting));
  g_assert_cmpuint (changed, ==, 8);

  g_assert_true (sw_meeting_can_redo (meeting));
  g_assert_true (sw_meeting_redo (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, 1);
  g_assert_true (sw_meeting_redo (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 1), ==, 2);

  /* A new change drops what could be redone. */
  sw_meeting_set_weight (meeting, 2, 7);
  g_assert_false (sw_meeting_can_redo (meeting));
  g_assert_false (sw_meeting_redo (meeting));
}

/* The situation: nothing stated at first, each change an undo step, presets
 * state the facts of their cell, reset clears it. */
static void
test_meeting_situation (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  int skills = sw_dataset_find_answer (dataset, SW_ANSWER_SKILLS);
  guint changed = 0;

  g_signal_connect (meeting, "changed", G_CALLBACK (count_changed), &changed);
  g_assert_true (sw_situation_is_empty (sw_meeting_get_situation (meeting)));
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    g_assert_cmpfloat (sw_meeting_get_weight (meeting, c), ==, 0.0);

  sw_meeting_set_skill (meeting, 0, 7.04);
  g_assert_cmpfloat (sw_meeting_get_situation (meeting)->skills[0], ==, 7.0);
  sw_meeting_set_existing (meeting, 1);
  g_assert_cmpint (sw_meeting_get_situation (meeting)->existing, ==, 1);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (sw_dataset_criterion_is_answered (sw_meeting_get_situated_dataset (meeting), skills));
  g_assert_cmpfloat (sw_dataset_get_fit (sw_meeting_get_situated_dataset (meeting), 0, skills)->value, ==, 7.0);

  /* dev-knows-js states that Node.js is known; Python's level stays. */
  g_assert_true (sw_meeting_apply_preset (meeting, "dev-knows-js"));
  g_assert_cmpfloat (sw_meeting_get_situation (meeting)->skills[1], ==, 8.0);
  g_assert_cmpfloat (sw_meeting_get_situation (meeting)->skills[0], ==, 7.0);

  sw_meeting_reset (meeting);
  g_assert_true (sw_situation_is_empty (sw_meeting_get_situation (meeting)));
  g_assert_false (sw_dataset_criterion_is_answered (sw_meeting_get_situated_dataset (meeting), skills));

  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpfloat (sw_meeting_get_situation (meeting)->skills[1], ==, 8.0);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpfloat (sw_meeting_get_situation (meeting)->skills[1], ==, SW_SKILL_NOT_STATED);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpint (sw_meeting_get_situation (meeting)->existing, ==, SW_EXISTING_NOT_STATED);
  g_assert_true (sw_meeting_redo (meeting));
  g_assert_cmpint (sw_meeting_get_situation (meeting)->existing, ==, 1);

  /* Clearing a level is "not stated" again. */
  sw_meeting_set_skill (meeting, 0, SW_SKILL_NOT_STATED);
  g_assert_cmpfloat (sw_meeting_get_situation (meeting)->skills[0], ==, SW_SKILL_NOT_STATED);

  /* It is saved with the meeting and read back. */
  {
    gsize length;
    g_autofree char *data = sw_meeting_file_to_data (meeting, &length);
    g_autoptr(GBytes) bytes = g_bytes_new (data, length);
    g_autoptr(GError) error = NULL;
    g_autoptr(SwMeeting) other = sw_meeting_file_read_bytes (bytes, "situation.stackwise", dataset, &error);

    g_assert_no_error (error);
    g_assert_cmpint (sw_meeting_get_situation (other)->existing, ==, 1);
    g_assert_true (sw_situation_equal (sw_meeting_get_situation (other),
                                       sw_meeting_get_situation (meeting)));
  }
}

static void
test_meeting_gesture (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint changed = 0;

  g_signal_connect (meeting, "changed", G_CALLBACK (count_changed), &changed);

  sw_meeting_set_weight (meeting, 3, 6);

  /* A drag through many values is one step, and ::changed follows each value. */
  sw_meeting_begin_change (meeting);
  g_assert_true (sw_meeting_is_changing (meeting));
  for (int i = 0; i <= 20; i++)
    sw_meeting_set_weight (meeting, 0, i * 0.5);
  sw_meeting_end_change (meeting);
  g_assert_false (sw_meeting_is_changing (meeting));
  /* The first value, 0, is the weight it starts from: no change. */
  g_assert_cmpuint (changed, ==, 1 + 20);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, 10);

  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 3), ==, 6);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 3), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_false (sw_meeting_can_undo (meeting));

  /* A gesture that ends where it started leaves no step. */
  sw_meeting_begin_change (meeting);
  sw_meeting_set_weight (meeting, 0, 9);
  g_assert_true (sw_meeting_can_undo (meeting));
  sw_meeting_set_weight (meeting, 0, SW_MEETING_DEFAULT_WEIGHT);
  sw_meeting_end_change (meeting);
  g_assert_false (sw_meeting_can_undo (meeting));

  /* Nested gestures are one step; undo inside a gesture undoes it so far. */
  sw_meeting_begin_change (meeting);
  sw_meeting_begin_change (meeting);
  sw_meeting_set_weight (meeting, 1, 1);
  sw_meeting_end_change (meeting);
  sw_meeting_set_weight (meeting, 1, 2);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 1), ==, SW_MEETING_DEFAULT_WEIGHT);
  sw_meeting_set_weight (meeting, 1, 3);
  sw_meeting_end_change (meeting);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 1), ==, SW_MEETING_DEFAULT_WEIGHT);
}

static void
test_meeting_restore (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint n = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new (double, n);
  guint changed = 0;

  g_signal_connect (meeting, "changed", G_CALLBACK (count_changed), &changed);
  sw_meeting_set_weight (meeting, 0, 1);

  for (guint i = 0; i < n; i++)
    weights[i] = i;
  weights[0] = 99;
  weights[1] = -1;
  weights[2] = NAN;
  sw_meeting_restore (meeting, weights, "no-such-preset");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 0), ==, 10);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 1), ==, 0);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 2), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, 3), ==, 3);
  g_assert_null (sw_meeting_get_preset_id (meeting));
  /* Restored state is where history starts. */
  g_assert_false (sw_meeting_can_undo (meeting));

  sw_meeting_restore (meeting, weights, "startup-data");
  g_assert_cmpstr (sw_meeting_get_preset_id (meeting), ==, "startup-data");
}

static void
test_meeting_new_dataset (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "three-technologies.json", NULL);
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwDataset) three = sw_dataset_new_from_path (path, &error);
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  g_autoptr(SwMeeting) next = NULL;

  g_assert_no_error (error);

  sw_meeting_set_weight (meeting, criterion (dataset, "data_ml"), 9);
  sw_meeting_set_weight (meeting, criterion (dataset, "realtime"), 1.5);

  next = sw_meeting_new_from (three, meeting);
  g_assert_true (sw_meeting_get_dataset (next) == three);
  g_assert_cmpfloat (sw_meeting_get_weight (next, criterion (three, "data_ml")), ==, 9);
  g_assert_cmpfloat (sw_meeting_get_weight (next, criterion (three, "realtime")), ==, 1.5);
  g_assert_false (sw_meeting_can_undo (next));
}

static void
test_meeting_lifetime (void)
{
  SwDataset *dataset = sw_dataset_get_default ();
  SwMeeting *meeting = sw_meeting_new (dataset);

  sw_meeting_begin_change (meeting);
  sw_meeting_set_weight (meeting, 0, 2);
  g_assert_finalize_object (meeting);
  g_object_unref (dataset);
}

static void
test_explain_formula (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  g_autoptr(SwVerdict) verdict = NULL;
  g_autofree char *formula = NULL;

  /* Equal weights of 5, nothing stated about the situation, so its two criteria
   * count 0: Σ weight = 40; the other fits sum to 56 and 54. */
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    sw_meeting_set_weight (meeting, c, 5);
  verdict = sw_evaluate_new (sw_meeting_get_situated_dataset (meeting),
                             sw_meeting_get_weights (meeting));
  formula = sw_explain_dup_formula (verdict);
  g_assert_nonnull (strstr (formula, "score = 100 × Σ (weight × fit) ÷ (10 × Σ weight)"));
  g_assert_nonnull (strstr (formula, "Σ weight = 40.0"));
  g_assert_nonnull (strstr (formula, "Python: 100 × 280.0 ÷ (10 × 40.0) = 70.0"));
  g_assert_nonnull (strstr (formula, "Node.js: 100 × 270.0 ÷ (10 × 40.0) = 67.5"));
}

/* ---- Participants ---- */

static void
test_participants_add (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint data_ml = criterion (dataset, "data_ml");
  guint changed = 0, people = 0;
  int index;

  sw_meeting_set_weight (meeting, data_ml, 9.0);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 0);
  g_assert_null (sw_meeting_new_team (meeting));
  g_signal_connect (meeting, "changed", G_CALLBACK (count_changed), &changed);
  g_signal_connect (meeting, "participants-changed", G_CALLBACK (count_changed), &people);

  /* A team starts with two: the weights so far are Participant 1's. */
  index = sw_meeting_add_participant (meeting, "Ben");
  g_assert_cmpint (index, ==, 1);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 0), ==, "Participant 1");
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 1), ==, "Ben");
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 0)[data_ml], ==, 9.0);
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 1)[data_ml], ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (people, ==, 1);

  /* The form edits the active participant's weights only. */
  sw_meeting_set_weight (meeting, data_ml, 1.0);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, data_ml), ==, 1.0);
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 0)[data_ml], ==, 9.0);
  g_assert_cmpuint (people, ==, 1);

  /* The team's weights are the mean of the participants' shares (× 10). */
  {
    g_autoptr(SwTeam) team = sw_meeting_new_team (meeting);
    double expected = 0.0;

    g_assert_nonnull (team);
    g_assert_cmpuint (sw_team_get_n_participants (team), ==, 2);
    for (guint p = 0; p < 2; p++)
      {
        const double *row = sw_meeting_get_participant_weights (meeting, p);
        double total = 0.0;

        for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
          total += row[c];
        expected += 10.0 * row[data_ml] / total / 2.0;
      }
    g_assert_cmpfloat_with_epsilon (sw_team_get_weights (team)[data_ml], expected, 1e-12);
  }

  /* A name nobody gave: the next free number. */
  index = sw_meeting_add_participant (meeting, NULL);
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, index), ==, "Participant 3");
  g_assert_true (sw_meeting_get_modified (meeting));
}

static void
test_participants_rename_remove (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint realtime = criterion (dataset, "realtime");

  sw_meeting_add_participant (meeting, "Ben");
  sw_meeting_add_participant (meeting, "Cleo");
  g_assert_true (sw_meeting_rename_participant (meeting, 0, "  Ana  "));
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 0), ==, "Ana");
  /* Empty, taken or too long: refused, nothing changes. */
  g_assert_false (sw_meeting_rename_participant (meeting, 0, "   "));
  g_assert_false (sw_meeting_rename_participant (meeting, 0, "Ben"));
  g_assert_false (sw_meeting_rename_participant (meeting, 0, "A name far too long to fit on any screen in a meeting room at all"));
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 0), ==, "Ana");

  /* Removing someone before the active one keeps the same person active. */
  sw_meeting_set_active_participant (meeting, 2);
  sw_meeting_set_weight (meeting, realtime, 2.0);
  sw_meeting_remove_participant (meeting, 0);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 1);
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 1), ==, "Cleo");
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, realtime), ==, 2.0);

  /* Down to one person: alone again, with their weights. */
  sw_meeting_remove_participant (meeting, 0);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 0);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, realtime), ==, 2.0);

  /* Undo brings Ben back, then Ana. */
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 0), ==, "Ben");
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 3);
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 0), ==, "Ana");
  g_assert_true (sw_meeting_redo (meeting));
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);
}

static void
test_participants_active (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint learning = criterion (dataset, "learning");
  guint changed = 0;

  sw_meeting_add_participant (meeting, "Ben");
  sw_meeting_set_active_participant (meeting, 0);
  g_assert_true (sw_meeting_apply_preset (meeting, "startup-validate"));
  g_assert_cmpstr (sw_meeting_get_preset_id (meeting), ==, "startup-validate");

  /* Switching is not an undo step; the preset belongs to whoever applied it. */
  g_signal_connect (meeting, "changed", G_CALLBACK (count_changed), &changed);
  sw_meeting_set_active_participant (meeting, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_null (sw_meeting_get_preset_id (meeting));
  sw_meeting_set_weight (meeting, learning, 3.0);

  /* Undo takes Ben's change back and shows Ben; again, Participant 1's preset. */
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 1);
  g_assert_cmpfloat (sw_meeting_get_weight (meeting, learning), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 0);
  g_assert_null (sw_meeting_get_preset_id (meeting));
}

static void
test_participants_blind_notes (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);

  g_assert_true (sw_meeting_get_everyone_voted (meeting));
  g_assert_false (sw_meeting_get_modified (meeting));
  sw_meeting_set_blind (meeting, TRUE);
  g_assert_true (sw_meeting_get_blind (meeting));
  g_assert_true (sw_meeting_get_modified (meeting));
  sw_meeting_set_modified (meeting, FALSE);

  sw_meeting_set_notes (meeting, "Pick the backend by Friday.");
  g_assert_cmpstr (sw_meeting_get_notes (meeting), ==, "Pick the backend by Friday.");
  g_assert_true (sw_meeting_get_modified (meeting));

  sw_meeting_add_participant (meeting, "Ben");
  g_assert_false (sw_meeting_get_everyone_voted (meeting));
  sw_meeting_set_participant_voted (meeting, 0, TRUE);
  sw_meeting_set_participant_voted (meeting, 1, TRUE);
  g_assert_true (sw_meeting_get_everyone_voted (meeting));
}

static void
test_participants_replace (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  g_autoptr(SwMeeting) loaded = sw_meeting_new (dataset);
  g_autoptr(SwParticipant) cleo = NULL;
  guint data_ml = criterion (dataset, "data_ml");
  guint people = 0;

  sw_meeting_add_participant (meeting, "Ben");
  sw_meeting_rename_participant (meeting, 0, "Ana");
  sw_meeting_add_participant (meeting, "Cleo");
  sw_meeting_set_weight (meeting, data_ml, 10.0);
  g_assert_true (sw_meeting_apply_preset (meeting, "startup-data"));
  sw_meeting_set_participant_voted (meeting, 1, TRUE);
  sw_meeting_set_blind (meeting, TRUE);
  sw_meeting_set_notes (meeting, "Notes.");
  cleo = g_object_ref (sw_meeting_get_participant (meeting, 2));

  /* The whole meeting moves, its participants' objects with it. */
  g_signal_connect (loaded, "participants-changed", G_CALLBACK (count_changed), &people);
  sw_meeting_set_weight (loaded, data_ml, 3.0);
  sw_meeting_replace (loaded, meeting);
  g_assert_cmpuint (people, ==, 1);
  g_assert_false (sw_meeting_get_modified (loaded));
  g_assert_false (sw_meeting_can_undo (loaded));
  g_assert_cmpuint (sw_meeting_get_n_participants (loaded), ==, 3);
  g_assert_cmpstr (sw_meeting_get_participant_name (loaded, 0), ==, "Ana");
  g_assert_true (sw_meeting_get_participant_voted (loaded, 1));
  g_assert_cmpuint (sw_meeting_get_active_participant (loaded), ==, 2);
  g_assert_true (sw_meeting_get_participant (loaded, 2) == cleo);
  g_assert_cmpfloat (sw_participant_get_weight (cleo, data_ml), ==,
                     sw_dataset_get_preset (dataset, sw_dataset_find_preset (dataset, "startup-data"))->weights[data_ml]);
  g_assert_cmpstr (sw_meeting_get_preset_id (loaded), ==, "startup-data");
  g_assert_true (sw_meeting_get_blind (loaded));
  g_assert_cmpstr (sw_meeting_get_notes (loaded), ==, "Notes.");

  /* What it leaves behind is a new meeting of one person alone. */
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sw_meeting_get_participants (meeting)), ==, 0);
  g_assert_false (sw_meeting_can_undo (meeting));

  /* One person alone: their weights. */
  {
    g_autoptr(SwMeeting) alone = sw_test_new_meeting (dataset, 2.0);

    sw_meeting_replace (loaded, alone);
    g_assert_cmpuint (sw_meeting_get_n_participants (loaded), ==, 0);
    g_assert_cmpfloat (sw_meeting_get_weight (loaded, data_ml), ==, 2.0);
    g_assert_false (sw_meeting_get_blind (loaded));
  }
}

/* Ballots into a meeting that named nobody: the first takes the place of the
 * one person alone, a known name takes the new weights; a full meeting refuses. */
static void
test_participants_ballot (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint n = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new0 (double, n);
  guint data_ml = criterion (dataset, "data_ml");

  weights[data_ml] = 8.0;
  g_assert_cmpint (sw_meeting_cast_ballot (meeting, "Ana", weights), ==, 0);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sw_meeting_get_participants (meeting)), ==, 1);
  g_assert_true (sw_meeting_get_participant_voted (meeting, 0));
  g_assert_cmpint (sw_meeting_cast_ballot (meeting, "Ben", weights), ==, 1);
  weights[data_ml] = 2.0;
  g_assert_cmpint (sw_meeting_cast_ballot (meeting, "Ana", weights), ==, 0);
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 0)[data_ml], ==, 2.0);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 2);

  for (guint i = 2; i < SW_TEAM_MAX_PARTICIPANTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("P%u", i);
      g_assert_cmpint (sw_meeting_cast_ballot (meeting, name, weights), ==, (int) i);
    }
  g_assert_cmpint (sw_meeting_cast_ballot (meeting, "One too many", weights), ==, -1);
}

/* What a list bound to the participants sees: one items-changed per change. */
typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
record_items_changed (GListModel   *model,
                      guint         position,
                      guint         removed,
                      guint         added,
                      ItemsChanged *seen)
{
  seen->n_signals++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

static void
assert_items_changed (ItemsChanged *seen,
                      guint         position,
                      guint         removed,
                      guint         added)
{
  g_assert_cmpuint (seen->n_signals, ==, 1);
  g_assert_cmpuint (seen->position, ==, position);
  g_assert_cmpuint (seen->removed, ==, removed);
  g_assert_cmpuint (seen->added, ==, added);
  memset (seen, 0, sizeof *seen);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The object at `position`, which the list keeps alive. */
static SwParticipant *
participant_at (GListModel *model,
                guint       position)
{
  g_autoptr(SwParticipant) participant = g_list_model_get_item (model, position);

  g_assert_nonnull (participant);
  return participant;
}

static void
test_participants_model_items (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  g_autoptr(SwMeeting) loaded = NULL;
  GListModel *model = sw_meeting_get_participants (meeting);
  ItemsChanged seen = { 0 };
  SwParticipant *first, *ben, *cleo;
  guint position = 99;

  g_assert_true (g_list_model_get_item_type (model) == SW_TYPE_PARTICIPANT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (record_items_changed), &seen);

  /* One person alone becomes two participants in one step. */
  sw_meeting_add_participant (meeting, "Ben");
  assert_items_changed (&seen, 0, 0, 2);
  first = participant_at (model, 0);
  ben = participant_at (model, 1);
  g_assert_cmpstr (sw_participant_get_name (first), ==, "Participant 1");
  g_assert_cmpstr (sw_participant_get_name (ben), ==, "Ben");
  g_assert_true (sw_participant_get_active (ben));
  g_assert_false (sw_participant_get_active (first));
  g_assert_true (sw_meeting_get_participant (meeting, 1) == ben);
  g_assert_true (sw_meeting_find_participant (meeting, ben, &position));
  g_assert_cmpuint (position, ==, 1);

  sw_meeting_add_participant (meeting, "Cleo");
  assert_items_changed (&seen, 2, 0, 1);
  cleo = participant_at (model, 2);

  /* Renames, votes, weights and switching are no list changes. */
  sw_meeting_rename_participant (meeting, 1, "Bea");
  sw_meeting_set_participant_voted (meeting, 1, TRUE);
  sw_meeting_set_weight (meeting, 0, 7.0);
  sw_meeting_set_active_participant (meeting, 0);
  g_assert_cmpuint (seen.n_signals, ==, 0);

  sw_meeting_remove_participant (meeting, 1);
  assert_items_changed (&seen, 1, 1, 0);
  g_assert_true (participant_at (model, 1) == cleo);
  g_assert_false (sw_meeting_find_participant (meeting, ben, NULL));

  /* Down to one: they decide alone and the list is empty. */
  sw_meeting_remove_participant (meeting, 1);
  assert_items_changed (&seen, 0, 2, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* A loaded meeting replaces the list in one change. */
  loaded = sw_test_new_meeting (dataset, 1.0);
  sw_test_add_participant (loaded, "Ana", sw_meeting_get_weights (loaded), FALSE);
  sw_test_add_participant (loaded, "Ben", sw_meeting_get_weights (loaded), TRUE);
  sw_test_add_participant (loaded, "Cleo", sw_meeting_get_weights (loaded), FALSE);
  sw_meeting_replace (meeting, loaded);
  assert_items_changed (&seen, 0, 0, 3);
  g_assert_true (sw_participant_get_voted (participant_at (model, 1)));
  sw_meeting_replace (meeting, loaded);
  assert_items_changed (&seen, 0, 3, 0);
}

static void
test_participants_model_notify (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  GListModel *model = sw_meeting_get_participants (meeting);
  guint data_ml = criterion (dataset, "data_ml");
  guint names = 0, weights = 0, votes = 0, presets = 0, active = 0, others = 0;
  g_autoptr(GVariant) value = NULL;
  SwParticipant *ben, *first;

  sw_meeting_add_participant (meeting, "Ben");
  first = participant_at (model, 0);
  ben = participant_at (model, 1);
  g_signal_connect (ben, "notify::name", G_CALLBACK (count_notify), &names);
  g_signal_connect (ben, "notify::weights", G_CALLBACK (count_notify), &weights);
  g_signal_connect (ben, "notify::voted", G_CALLBACK (count_notify), &votes);
  g_signal_connect (ben, "notify::preset-id", G_CALLBACK (count_notify), &presets);
  g_signal_connect (ben, "notify::active", G_CALLBACK (count_notify), &active);
  g_signal_connect (first, "notify", G_CALLBACK (count_notify), &others);

  g_assert_true (sw_meeting_rename_participant (meeting, 1, "Bea"));
  g_assert_cmpuint (names, ==, 1);
  g_assert_cmpstr (sw_participant_get_name (ben), ==, "Bea");
  /* The same name again, or one that is refused, changes nothing. */
  g_assert_true (sw_meeting_rename_participant (meeting, 1, "Bea"));
  g_assert_false (sw_meeting_rename_participant (meeting, 1, "Participant 1"));
  g_assert_cmpuint (names, ==, 1);

  sw_meeting_set_participant_voted (meeting, 1, TRUE);
  g_assert_cmpuint (votes, ==, 1);
  g_assert_true (sw_participant_get_voted (ben));

  sw_meeting_set_weight (meeting, data_ml, 9.0);
  g_assert_cmpuint (weights, ==, 1);
  g_assert_cmpfloat (sw_participant_get_weight (ben, data_ml), ==, 9.0);
  g_object_get (ben, "weights", &value, NULL);
  g_assert_cmpuint (g_variant_n_children (value), ==, sw_dataset_get_n_criteria (dataset));
  g_assert_cmpuint (sw_participant_get_n_weights (ben), ==, sw_dataset_get_n_criteria (dataset));

  /* A drag: one notification per step, one undo step in all. */
  sw_meeting_begin_change (meeting);
  sw_meeting_set_weight (meeting, data_ml, 8.0);
  sw_meeting_set_weight (meeting, data_ml, 7.0);
  sw_meeting_end_change (meeting);
  g_assert_cmpuint (weights, ==, 3);

  g_assert_true (sw_meeting_apply_preset (meeting, "startup-data"));
  g_assert_cmpuint (presets, ==, 1);
  g_assert_cmpstr (sw_participant_get_preset_id (ben), ==, "startup-data");

  sw_meeting_set_active_participant (meeting, 0);
  g_assert_cmpuint (active, ==, 1);
  g_assert_false (sw_participant_get_active (ben));
  g_assert_true (sw_participant_get_active (first));

  /* Nothing of Ben's reached the first participant but becoming active. */
  g_assert_cmpuint (others, ==, 1);
}

static void
test_participants_model_undo (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  GListModel *model = sw_meeting_get_participants (meeting);
  guint data_ml = criterion (dataset, "data_ml");
  ItemsChanged seen = { 0 };
  guint names = 0;
  g_autoptr(SwParticipant) ana = NULL;
  g_autoptr(SwParticipant) ben = NULL;
  g_autoptr(SwParticipant) cleo = NULL;

  sw_meeting_add_participant (meeting, "Ben");
  sw_meeting_rename_participant (meeting, 0, "Ana");
  sw_meeting_add_participant (meeting, "Cleo");
  ana = g_list_model_get_item (model, 0);
  ben = g_list_model_get_item (model, 1);
  cleo = g_list_model_get_item (model, 2);
  g_signal_connect (model, "items-changed", G_CALLBACK (record_items_changed), &seen);
  g_signal_connect (ana, "notify::name", G_CALLBACK (count_notify), &names);

  /* Undoing a weight or a rename keeps every object. */
  sw_meeting_set_active_participant (meeting, 1);
  sw_meeting_set_weight (meeting, data_ml, 4.0);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpfloat (sw_participant_get_weight (ben, data_ml), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_true (sw_meeting_redo (meeting));
  g_assert_cmpfloat (sw_participant_get_weight (ben, data_ml), ==, 4.0);
  g_assert_true (sw_meeting_rename_participant (meeting, 0, "Anna"));
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_cmpstr (sw_participant_get_name (ana), ==, "Ana");
  g_assert_cmpuint (names, ==, 2);
  g_assert_cmpuint (seen.n_signals, ==, 0);
  for (guint i = 0; i < 3; i++)
    g_assert_true (participant_at (model, i) == (i == 0 ? ana : i == 1 ? ben : cleo));

  /* An undone removal brings the same object back to its place. */
  sw_meeting_remove_participant (meeting, 1);
  assert_items_changed (&seen, 1, 1, 0);
  g_assert_true (sw_meeting_undo (meeting));
  assert_items_changed (&seen, 1, 0, 1);
  g_assert_true (participant_at (model, 1) == ben);
  g_assert_cmpfloat (sw_participant_get_weight (ben, data_ml), ==, 4.0);
  g_assert_true (sw_meeting_redo (meeting));
  assert_items_changed (&seen, 1, 1, 0);
  g_assert_true (participant_at (model, 0) == ana);
  g_assert_true (participant_at (model, 1) == cleo);

  /* Undoing the whole team: alone, then the team again with the same people. */
  g_assert_true (sw_meeting_undo (meeting));
  assert_items_changed (&seen, 1, 0, 1);
  g_assert_true (sw_meeting_undo (meeting)); /* the weight */
  g_assert_true (sw_meeting_undo (meeting)); /* Cleo's arrival */
  assert_items_changed (&seen, 2, 1, 0);
  g_assert_true (sw_meeting_undo (meeting)); /* the rename */
  g_assert_true (sw_meeting_undo (meeting)); /* Ben's arrival */
  assert_items_changed (&seen, 0, 2, 0);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 0);
  g_assert_true (sw_meeting_redo (meeting));
  assert_items_changed (&seen, 0, 0, 2);
  g_assert_true (participant_at (model, 0) == ana);
  g_assert_true (participant_at (model, 1) == ben);

  /* The decision's end lets the objects go with it. */
  g_signal_handlers_disconnect_by_data (model, &seen);
  g_clear_object (&meeting);
  g_assert_finalize_object (g_steal_pointer (&ana));
  g_assert_finalize_object (g_steal_pointer (&ben));
  g_assert_finalize_object (g_steal_pointer (&cleo));
}

/* A blind vote stays blind through the history: a cast ballot is not undone,
 * and unmarking a sealed ballot clears it rather than showing it again. */
static void
test_blind_sealed_ballot (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  guint data_ml = criterion (dataset, "data_ml");
  guint realtime = criterion (dataset, "realtime");
  double ballot[64];

  sw_test_add_ana_ben_cleo (meeting);
  sw_meeting_set_blind (meeting, TRUE);

  /* Ben sets his weights and votes: no undo takes him back to his sliders. */
  sw_meeting_set_active_participant (meeting, 1);
  sw_meeting_set_weight (meeting, data_ml, 9.0);
  g_assert_true (sw_meeting_can_undo (meeting));
  sw_meeting_set_participant_voted (meeting, 1, TRUE);
  g_assert_false (sw_meeting_can_undo (meeting));
  g_assert_false (sw_meeting_undo (meeting));
  g_assert_true (sw_meeting_get_participant_voted (meeting, 1));
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 1)[data_ml], ==, 9.0);

  /* His ballot is sealed: with him selected on the shared screen, a slider,
   * a preset (from a comparison page's table) or Reset leave it as it was. */
  g_assert_true (sw_meeting_get_active_sealed (meeting));
  sw_meeting_set_weight (meeting, data_ml, 2.0);
  g_assert_false (sw_meeting_apply_preset (meeting, "enterprise-traffic"));
  sw_meeting_reset (meeting);
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 1)[data_ml], ==, 9.0);
  g_assert_null (sw_meeting_get_preset_id (meeting));
  g_assert_false (sw_meeting_can_undo (meeting));

  /* Others' steps after it are undone as usual; his vote stays. */
  sw_meeting_set_active_participant (meeting, 0);
  sw_meeting_set_weight (meeting, realtime, 4.0);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_false (sw_meeting_undo (meeting));
  g_assert_true (sw_meeting_get_participant_voted (meeting, 1));

  /* Unmarking him while the result is sealed clears his ballot: he votes
   * again from nothing, and neither redo nor undo brings the old one back. */
  g_assert_true (sw_meeting_get_modified (meeting));
  sw_meeting_set_modified (meeting, FALSE);
  sw_meeting_set_participant_voted (meeting, 1, FALSE);
  g_assert_true (sw_meeting_get_modified (meeting));
  g_assert_false (sw_meeting_get_participant_voted (meeting, 1));
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 1)[c], ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_false (sw_meeting_can_undo (meeting));
  g_assert_false (sw_meeting_can_redo (meeting));

  /* Once everyone has voted the result is out: unmarking is an ordinary step. */
  for (guint p = 0; p < 3; p++)
    sw_meeting_set_participant_voted (meeting, p, TRUE);
  g_assert_true (sw_meeting_get_everyone_voted (meeting));
  sw_meeting_set_active_participant (meeting, 1);
  sw_meeting_set_weight (meeting, realtime, 6.0);
  sw_meeting_set_participant_voted (meeting, 0, FALSE);
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 1)[realtime], ==, 6.0);
  g_assert_true (sw_meeting_undo (meeting));
  g_assert_true (sw_meeting_get_participant_voted (meeting, 0));

  /* Turning blind voting on seals those who voted before: the history goes. */
  sw_meeting_set_blind (meeting, FALSE);
  sw_meeting_set_participant_voted (meeting, 2, FALSE);
  g_assert_true (sw_meeting_can_undo (meeting));
  sw_meeting_set_blind (meeting, TRUE);
  g_assert_false (sw_meeting_can_undo (meeting));

  /* A ballot from a device: the weights, marked voted, no undo step. */
  g_assert_cmpuint (sw_dataset_get_n_criteria (dataset), <=, G_N_ELEMENTS (ballot));
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    ballot[c] = 2.0;
  ballot[data_ml] = 11.0;  /* clamped */
  g_assert_cmpint (sw_meeting_cast_ballot (meeting, "Cleo", ballot), ==, 2);
  g_assert_true (sw_meeting_get_participant_voted (meeting, 2));
  g_assert_cmpfloat (sw_meeting_get_participant_weights (meeting, 2)[data_ml], ==, 10.0);
  g_assert_false (sw_meeting_can_undo (meeting));
  /* A new name joins; the sliders stay with whoever had them. */
  g_assert_cmpint (sw_meeting_cast_ballot (meeting, "Dana", ballot), ==, 3);
  g_assert_cmpuint (sw_meeting_get_active_participant (meeting), ==, 1);
  g_assert_cmpstr (sw_meeting_get_participant_name (meeting, 3), ==, "Dana");
  g_assert_cmpint (sw_meeting_cast_ballot (meeting, "   ", ballot), ==, -1);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 4);

  /* A meeting that named nobody: the first ballot takes the place of the one
   * person alone (test_participants_ballot). */
  {
    g_autoptr(SwMeeting) alone = sw_meeting_new (dataset);

    g_assert_cmpint (sw_meeting_cast_ballot (alone, "Ana", ballot), ==, 0);
    g_assert_cmpuint (sw_meeting_get_n_participants (alone), ==, 1);
    g_assert_false (sw_meeting_can_undo (alone));
  }
}

/* Who has not voted yet: one sentence, for the decision record and the PDF. */
static void
test_participants_not_voted (void)
{
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) meeting = sw_meeting_new (dataset);
  g_autofree char *alone = sw_meeting_dup_not_voted_sentence (meeting);
  g_autofree char *two = NULL;
  g_autofree char *one = NULL;
  g_autofree char *none = NULL;

  g_assert_null (alone);
  sw_test_add_ana_ben_cleo (meeting);
  sw_meeting_set_participant_voted (meeting, 1, TRUE);
  two = sw_meeting_dup_not_voted_sentence (meeting);
  g_assert_cmpstr (two, ==, "Not everyone had finished voting: Ana, Cleo.");
  sw_meeting_set_participant_voted (meeting, 0, TRUE);
  one = sw_meeting_dup_not_voted_sentence (meeting);
  g_assert_cmpstr (one, ==, "Not everyone had finished voting: Cleo.");
  sw_meeting_set_participant_voted (meeting, 2, TRUE);
  none = sw_meeting_dup_not_voted_sentence (meeting);
  g_assert_null (none);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/decision/defaults", test_meeting_defaults);
  g_test_add_func ("/stackwise/decision/set-weight", test_meeting_set_weight);
  g_test_add_func ("/stackwise/decision/preset", test_meeting_preset);
  g_test_add_func ("/stackwise/decision/undo-redo", test_meeting_undo_redo);
  g_test_add_func ("/stackwise/decision/situation", test_meeting_situation);
  g_test_add_func ("/stackwise/decision/gesture", test_meeting_gesture);
  g_test_add_func ("/stackwise/decision/restore", test_meeting_restore);
  g_test_add_func ("/stackwise/decision/new-dataset", test_meeting_new_dataset);
  g_test_add_func ("/stackwise/decision/lifetime", test_meeting_lifetime);
  g_test_add_func ("/stackwise/decision/explain-formula", test_explain_formula);
  g_test_add_func ("/stackwise/decision/participants-add", test_participants_add);
  g_test_add_func ("/stackwise/decision/participants-rename-remove", test_participants_rename_remove);
  g_test_add_func ("/stackwise/decision/participants-active", test_participants_active);
  g_test_add_func ("/stackwise/decision/participants-blind-notes", test_participants_blind_notes);
  g_test_add_func ("/stackwise/decision/participants-replace", test_participants_replace);
  g_test_add_func ("/stackwise/decision/participants-ballot", test_participants_ballot);
  g_test_add_func ("/stackwise/decision/participants-model-items", test_participants_model_items);
  g_test_add_func ("/stackwise/decision/participants-model-notify", test_participants_model_notify);
  g_test_add_func ("/stackwise/decision/participants-model-undo", test_participants_model_undo);
  g_test_add_func ("/stackwise/decision/blind-sealed-ballot", test_blind_sealed_ballot);
  g_test_add_func ("/stackwise/decision/participants-not-voted", test_participants_not_voted);

  return g_test_run ();
}
