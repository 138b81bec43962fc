/* fuzz-scenario.c — libFuzzer target: the scenario loader, and what the window does with a loaded scenario
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-dataset.h"
#include "sw-decision.h"
#include "sw-scenario.h"
#include "sw-team.h"

#include "fuzz-common.h"

/* The shipped dataset, or tests/data/minimal.json ("small"), which the scenario
 * fixtures in tests/data/scenarios/ are made for: whichever the input names. */
static SwDataset *shipped;
static SwDataset *small;
static SwDataset *dataset;

/* What the window relies on after a successful load. */
static void
check_scenario (SwDecision *scenario)
{
  guint n_crit = sw_dataset_get_n_criteria (dataset);
  guint n = sw_decision_get_n_participants (scenario);
  const double *active = sw_decision_get_weights (scenario);

  FUZZ_CHECK (sw_decision_get_dataset (scenario) == dataset);
  FUZZ_CHECK (n <= SW_SCENARIO_MAX_PARTICIPANTS);
  FUZZ_CHECK (n == 0 ? sw_decision_get_active_participant (scenario) == 0 : sw_decision_get_active_participant (scenario) < n);
  FUZZ_CHECK (sw_decision_get_notes (scenario) != NULL && g_utf8_validate (sw_decision_get_notes (scenario), -1, NULL));
  FUZZ_CHECK (sw_decision_get_preset_id (scenario) == NULL || sw_dataset_find_preset (dataset, sw_decision_get_preset_id (scenario)) >= 0);

  for (guint c = 0; c < n_crit; c++)
    FUZZ_CHECK (isfinite (active[c]) && active[c] >= 0.0 && active[c] <= 10.0);

  FUZZ_CHECK (g_list_model_get_n_items (sw_decision_get_participants (scenario)) == n);
  for (guint p = 0; p < n; p++)
    {
      const char *name = sw_decision_get_participant_name (scenario, p);
      const double *weights = sw_decision_get_participant_weights (scenario, p);

      FUZZ_CHECK (name != NULL && g_utf8_validate (name, -1, NULL));
      FUZZ_CHECK (name[0] != '\0');
      FUZZ_CHECK (g_utf8_strlen (name, -1) <= SW_SCENARIO_MAX_NAME_LENGTH);
      for (guint q = 0; q < p; q++)
        FUZZ_CHECK (strcmp (name, sw_decision_get_participant_name (scenario, q)) != 0);
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
  g_autoptr(SwDecision) scenario = NULL;
  g_autoptr(SwDecision) again = NULL;
  g_autoptr(SwDecision) decision = NULL;
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
  scenario = sw_scenario_read_bytes (bytes, "fuzz.stackwise", dataset, &error);
  if (g_error_matches (error, SW_SCENARIO_ERROR, SW_SCENARIO_ERROR_OTHER_DATASET))
    {
      g_clear_error (&error);
      dataset = small;
      scenario = sw_scenario_read_bytes (bytes, "fuzz.stackwise", dataset, &error);
    }
  if (scenario == NULL)
    {
      /* Every refusal is a one-line message that names the file. */
      FUZZ_CHECK (error != NULL && error->domain == SW_SCENARIO_ERROR);
      FUZZ_CHECK (g_str_has_prefix (error->message, "fuzz.stackwise"));
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      FUZZ_CHECK (strchr (error->message, '\n') == NULL);
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  check_scenario (scenario);

  /* What the window shows. */
  verdict = sw_decision_evaluate (scenario, &team);
  FUZZ_CHECK (verdict != NULL);
  fuzz_check_verdict (verdict);
  FUZZ_CHECK ((team != NULL) == (sw_decision_get_n_participants (scenario) >= 2));

  /* Saved again, it loads again, and saves to the same text. */
  saved = sw_scenario_to_data (scenario, &length);
  FUZZ_CHECK (saved != NULL && g_utf8_validate (saved, length, NULL));
  saved_bytes = g_bytes_new (saved, length);
  again = sw_scenario_read_bytes (saved_bytes, "fuzz.stackwise", dataset, &error);
  if (again == NULL)
    fprintf (stderr, "a saved scenario does not load: %s\n%s\n", error->message, saved);
  FUZZ_CHECK (again != NULL);
  saved_again = sw_scenario_to_data (again, &length_again);
  FUZZ_CHECK (length == length_again && memcmp (saved, saved_again, length) == 0);

  /* Into the meeting the window shows, as opening a file does: the same text. */
  decision = sw_decision_new (dataset);
  sw_decision_replace (decision, again);
  FUZZ_CHECK (!sw_decision_can_undo (decision));
  FUZZ_CHECK (!sw_decision_get_modified (decision));
  check_scenario (decision);
  g_clear_pointer (&saved_again, g_free);
  saved_again = sw_scenario_to_data (decision, &length_again);
  FUZZ_CHECK (length == length_again && memcmp (saved, saved_again, length) == 0);

  return 0;
}
