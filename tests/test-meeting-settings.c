/* test-meeting-settings.c — one person's weights and the situation kept in the settings, without a window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-settings.c feeds the window hand-edited settings; this checks the
 * round trip through the object alone.
 */

#include "config.h"

#include "sw-meeting-settings.h"
#include "sw-test.h"

static GSettings *
reset_settings (void)
{
  GSettings *settings = g_settings_new (APPLICATION_ID);
  const char *keys[] = { "weights", "preset", "skills", "existing" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);

  return settings;
}

/* What one meeting leaves, the next start's meeting finds; a change is
 * written at the latest when the object goes. */
static void
test_round_trip (void)
{
  g_autoptr(GSettings) settings = reset_settings ();
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) first = sw_meeting_new (dataset);
  g_autoptr(SwMeeting) next = sw_meeting_new (dataset);
  SwMeetingSettings *kept = sw_meeting_settings_new (settings);
  SwSituation situation;

  sw_meeting_settings_set_meeting (kept, first);
  sw_meeting_set_weight (first, 2, 7.5);
  sw_situation_init (&situation);
  situation.skills[0] = 8.0;
  situation.existing = SW_EXISTING_NONE;
  sw_meeting_set_situation (first, &situation);
  g_assert_finalize_object (kept);

  kept = sw_meeting_settings_new (settings);
  sw_meeting_settings_set_meeting (kept, next);
  g_assert_cmpfloat (sw_meeting_get_weight (next, 2), ==, 7.5);
  g_assert_cmpfloat (sw_meeting_get_situation (next)->skills[0], ==, 8.0);
  g_assert_cmpint (sw_meeting_get_situation (next)->existing, ==, SW_EXISTING_NONE);
  g_assert_finalize_object (kept);
}

/* A team lives in its meeting file: its weights do not replace one person's. */
static void
test_team_not_kept (void)
{
  g_autoptr(GSettings) settings = reset_settings ();
  g_autoptr(SwDataset) dataset = sw_dataset_get_default ();
  g_autoptr(SwMeeting) alone = sw_meeting_new (dataset);
  g_autoptr(SwMeeting) team = sw_meeting_new (dataset);
  g_autoptr(SwMeeting) next = sw_meeting_new (dataset);
  g_autofree double *weights = g_new0 (double, sw_dataset_get_n_criteria (dataset));
  SwMeetingSettings *kept = sw_meeting_settings_new (settings);

  sw_meeting_settings_set_meeting (kept, alone);
  sw_meeting_set_weight (alone, 1, 9.0);
  g_assert_finalize_object (kept);

  kept = sw_meeting_settings_new (settings);
  sw_meeting_settings_set_meeting (kept, team);
  g_assert_cmpfloat (sw_meeting_get_weight (team, 1), ==, 9.0);
  weights[1] = 2.0;
  sw_test_add_participant (team, "Ana", weights, FALSE);
  sw_test_add_participant (team, "Ben", weights, FALSE);
  g_assert_finalize_object (kept);

  kept = sw_meeting_settings_new (settings);
  sw_meeting_settings_set_meeting (kept, next);
  g_assert_cmpfloat (sw_meeting_get_weight (next, 1), ==, 9.0);
  g_assert_finalize_object (kept);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/meeting-settings/round-trip", test_round_trip);
  g_test_add_func ("/stackwise/meeting-settings/team-not-kept", test_team_not_kept);

  return g_test_run ();
}
