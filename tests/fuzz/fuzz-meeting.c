/* fuzz-meeting.c — libFuzzer target: the meeting file loader, and what the window does with a loaded meeting file
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-dataset.h"
#include "sw-meeting.h"
#include "sw-meeting-file.h"
#include "sw-team.h"

#include "fuzz-common.h"

/* The shipped dataset, or tests/data/minimal.json ("small"), which the meeting file
 * fixtures in tests/data/meetings/ are made for: whichever the input names. */
static SwDataset *shipped;
static SwDataset *small;
static SwDataset *dataset;

/* What the window relies on after a successful load. */
static void
check_meeting_file (SwMeeting *meeting)
{
  guint n_crit = sw_dataset_get_n_criteria (dataset);
  guint n = sw_meeting_get_n_participants (meeting);
  const double *active = sw_meeting_get_weights (meeting);

  FUZZ_CHECK (sw_meeting_get_dataset (meeting) == dataset);
  FUZZ_CHECK (n <= SW_MEETING_FILE_MAX_PARTICIPANTS);
  FUZZ_CHECK (n == 0 ? sw_meeting_get_active_participant (meeting) == 0 : sw_meeting_get_active_participant (meeting) < n);
  FUZZ_CHECK (sw_meeting_get_notes (meeting) != NULL && g_utf8_validate (sw_meeting_get_notes (meeting), -1, NULL));
  FUZZ_CHECK (sw_meeting_get_preset_id (meeting) == NULL || sw_dataset_find_preset (dataset, sw_meeting_get_preset_id (meeting)) >= 0);

  for (guint c = 0; c < n_crit; c++)
    FUZZ_CHECK (isfinite (active[c]) && active[c] >= 0.0 && active[c] <= 10.0);

  FUZZ_CHECK (g_list_model_get_n_items (sw_meeting_get_participants (meeting)) == n);
  for (guint p = 0; p < n; p++)
    {
      const char *name = sw_meeting_get_participant_name (meeting, p);
      const double *weights = sw_meeting_get_participant_weights (meeting, p);

      FUZZ_CHECK (name != NULL && g_utf8_validate (name, -1, NULL));
      FUZZ_CHECK (name[0] != '\0');
      FUZZ_CHECK (g_utf8_strlen (name, -1) <= SW_MEETING_FILE_MAX_NAME_LENGTH);
      for (guint q = 0; q < p; q++)
        FUZZ_CHECK (strcmp (name, sw_meeting_get_participant_name (meeting, q)) != 0);
      for (guint c = 0; c < n_crit; c++)
        FUZZ_CHECK (isfinite (weights[c]) && weights[c] >= 0.0 && weights[c] <= 10.0);
    }
}

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwMeeting) loaded = NULL;
  g_autoptr(SwMeeting) again = NULL;
  g_autoptr(SwMeeting) meeting = NULL;
  g_autoptr(SwVerdict) verdict = NULL;
  g_autoptr(SwTeam) team = NULL;
  g_autoptr(GBytes) saved_bytes = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  gsize length = 0, length_again = 0;

  fuzz_init ();
  if (shipped == NULL)
    {
      shipped = sw_dataset_get_default ();
      small = sw_dataset_new_from_path (FUZZ_TEST_DATASET, NULL);
      FUZZ_CHECK (small != NULL);
    }

  dataset = shipped;
  loaded = sw_meeting_file_read_bytes (bytes, "fuzz.stackwise", dataset, &error);
  if (g_error_matches (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_OTHER_DATASET))
    {
      g_clear_error (&error);
      dataset = small;
      loaded = sw_meeting_file_read_bytes (bytes, "fuzz.stackwise", dataset, &error);
    }
  if (loaded == NULL)
    {
      fuzz_check_refusal (error, SW_MEETING_FILE_ERROR, "fuzz.stackwise");
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  check_meeting_file (loaded);

  /* What the window shows. */
  verdict = sw_meeting_evaluate (loaded, &team);
  FUZZ_CHECK (verdict != NULL);
  fuzz_check_verdict (verdict);
  FUZZ_CHECK ((team != NULL) == (sw_meeting_get_n_participants (loaded) >= 2));

  /* Saved again, it loads again, and saves to the same text. */
  saved = sw_meeting_file_to_data (loaded, &length);
  FUZZ_CHECK (saved != NULL && g_utf8_validate (saved, length, NULL));
  saved_bytes = g_bytes_new (saved, length);
  again = sw_meeting_file_read_bytes (saved_bytes, "fuzz.stackwise", dataset, &error);
  if (again == NULL)
    fprintf (stderr, "a saved scenario does not load: %s\n%s\n", error->message, saved);
  FUZZ_CHECK (again != NULL);
  saved_again = sw_meeting_file_to_data (again, &length_again);
  FUZZ_CHECK (length == length_again && memcmp (saved, saved_again, length) == 0);

  /* Into the meeting the window shows, as opening a file does: the same text. */
  meeting = sw_meeting_new (dataset);
  sw_meeting_replace (meeting, again);
  FUZZ_CHECK (!sw_meeting_can_undo (meeting));
  FUZZ_CHECK (!sw_meeting_get_modified (meeting));
  check_meeting_file (meeting);
  g_clear_pointer (&saved_again, g_free);
  saved_again = sw_meeting_file_to_data (meeting, &length_again);
  FUZZ_CHECK (length == length_again && memcmp (saved, saved_again, length) == 0);

  return 0;
}
