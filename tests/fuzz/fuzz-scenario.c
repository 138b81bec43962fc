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
check_scenario (const SwScenario *scenario)
{
  guint n_crit = sw_dataset_get_n_criteria (dataset);
  guint n = sw_scenario_get_n_participants (scenario);
  const double *active = sw_scenario_get_active_weights (scenario);

  FUZZ_CHECK (scenario->dataset == dataset);
  FUZZ_CHECK (n <= SW_SCENARIO_MAX_PARTICIPANTS);
  FUZZ_CHECK (n == 0 ? scenario->active == 0 : scenario->active < n);
  FUZZ_CHECK (scenario->notes != NULL && g_utf8_validate (scenario->notes, -1, NULL));
  FUZZ_CHECK (scenario->preset_id == NULL || sw_dataset_find_preset (dataset, scenario->preset_id) >= 0);

  for (guint c = 0; c < n_crit; c++)
    FUZZ_CHECK (isfinite (active[c]) && active[c] >= 0.0 && active[c] <= 10.0);

  for (guint p = 0; p < n; p++)
    {
      const SwScenarioParticipant *participant = sw_scenario_get_participant (scenario, p);

      FUZZ_CHECK (participant->name != NULL && g_utf8_validate (participant->name, -1, NULL));
      FUZZ_CHECK (participant->name[0] != '\0');
      FUZZ_CHECK (g_utf8_strlen (participant->name, -1) <= SW_SCENARIO_MAX_NAME_LENGTH);
      for (guint q = 0; q < p; q++)
        FUZZ_CHECK (strcmp (participant->name, sw_scenario_get_participant (scenario, q)->name) != 0);
      for (guint c = 0; c < n_crit; c++)
        FUZZ_CHECK (isfinite (participant->weights[c]) &&
                    participant->weights[c] >= 0.0 && participant->weights[c] <= 10.0);
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
  g_autoptr(SwScenario) scenario = NULL;
  g_autoptr(SwScenario) again = NULL;
  g_autoptr(SwScenario) from_decision = NULL;
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
  scenario = sw_scenario_new_from_bytes (bytes, "fuzz.stackwise", dataset, &error);
  if (g_error_matches (error, SW_SCENARIO_ERROR, SW_SCENARIO_ERROR_OTHER_DATASET))
    {
      g_clear_error (&error);
      dataset = small;
      scenario = sw_scenario_new_from_bytes (bytes, "fuzz.stackwise", dataset, &error);
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
  verdict = sw_scenario_evaluate (scenario, &team);
  FUZZ_CHECK (verdict != NULL);
  fuzz_check_verdict (verdict);
  FUZZ_CHECK ((team != NULL) == (sw_scenario_get_n_participants (scenario) >= 2));

  /* Saved again, it loads again, and saves to the same text. */
  saved = sw_scenario_to_data (scenario, &length);
  FUZZ_CHECK (saved != NULL && g_utf8_validate (saved, length, NULL));
  saved_bytes = g_bytes_new (saved, length);
  again = sw_scenario_new_from_bytes (saved_bytes, "fuzz.stackwise", dataset, &error);
  if (again == NULL)
    fprintf (stderr, "a saved scenario does not load: %s\n%s\n", error->message, saved);
  FUZZ_CHECK (again != NULL);
  saved_again = sw_scenario_to_data (again, &length_again);
  FUZZ_CHECK (length == length_again && memcmp (saved, saved_again, length) == 0);

  /* Into the meeting's state and back, as opening a file does. */
  decision = sw_decision_new (dataset);
  sw_decision_load_scenario (decision, scenario);
  FUZZ_CHECK (sw_decision_get_n_participants (decision) == sw_scenario_get_n_participants (scenario));
  FUZZ_CHECK (memcmp (sw_decision_get_weights (decision), sw_scenario_get_active_weights (scenario),
                      sizeof (double) * sw_dataset_get_n_criteria (dataset)) == 0);
  FUZZ_CHECK (!sw_decision_can_undo (decision));
  from_decision = sw_decision_to_scenario (decision);
  check_scenario (from_decision);

  return 0;
}
