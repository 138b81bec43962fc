/* fuzz-dataset.c — libFuzzer target: the dataset loader, then everything that weighs a loaded dataset
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sw-dataset.h"
#include "sw-evaluate.h"
#include "sw-report.h"
#include "sw-verdict.h"

#include "fuzz-common.h"

/* What the window and the command line rely on after a successful load. */
static void
check_dataset (SwDataset *dataset)
{
  guint n_tech = sw_dataset_get_n_technologies (dataset);
  guint n_crit = sw_dataset_get_n_criteria (dataset);

  FUZZ_CHECK (n_tech >= 2 && n_tech <= 8);
  FUZZ_CHECK (n_crit >= 1 && n_crit <= 32);
  FUZZ_CHECK (sw_dataset_get_id (dataset) != NULL && sw_dataset_get_title (dataset) != NULL);

  for (guint t = 0; t < n_tech; t++)
    {
      const SwTechnology *tech = sw_dataset_get_technology (dataset, t);

      FUZZ_CHECK (sw_dataset_find_technology (dataset, tech->id) == (int) t);
      for (guint c = 0; c < n_crit; c++)
        {
          const SwFit *fit = sw_dataset_get_fit (dataset, t, c);

          FUZZ_CHECK (0.0 <= fit->low && fit->low <= fit->value &&
                      fit->value <= fit->high && fit->high <= 10.0);
        }
    }

  for (guint c = 0; c < n_crit; c++)
    FUZZ_CHECK (sw_dataset_find_criterion (dataset, sw_dataset_get_criterion (dataset, c)->id) == (int) c);

  for (guint p = 0; p < sw_dataset_get_n_presets (dataset); p++)
    {
      const SwPreset *preset = sw_dataset_get_preset (dataset, p);

      FUZZ_CHECK (sw_dataset_find_preset (dataset, preset->id) == (int) p);
      for (guint c = 0; c < n_crit; c++)
        FUZZ_CHECK (preset->weights[c] >= 0.0 && preset->weights[c] <= 10.0);
    }

  for (guint s = 0; s < sw_dataset_get_n_sections (dataset); s++)
    FUZZ_CHECK (sw_dataset_get_section (dataset, s)->blocks != NULL);
}

static void
weigh (SwDataset    *dataset,
       const double *weights)
{
  g_autoptr(SwVerdict) verdict = sw_evaluate_new (dataset, weights);
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;

  fuzz_check_verdict (verdict);

  text = sw_report_format_text (verdict);
  json = sw_report_format_json (verdict, NULL, FALSE);
  FUZZ_CHECK (text != NULL && g_utf8_validate (text, -1, NULL));
  FUZZ_CHECK (json != NULL && g_utf8_validate (json, -1, NULL));
}

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDataset) dataset = NULL;
  g_autofree double *weights = NULL;
  guint n_crit;

  fuzz_init ();

  dataset = sw_dataset_new_from_bytes (bytes, "fuzz.json", &error);
  if (dataset == NULL)
    {
      fuzz_check_refusal (error, SW_DATASET_ERROR, "fuzz.json");
      return 0;
    }
  FUZZ_CHECK (error == NULL);

  check_dataset (dataset);

  /* Weigh it the way the window does: all equal, each preset, and a
   * lopsided set derived from the input. */
  n_crit = sw_dataset_get_n_criteria (dataset);
  weights = g_new (double, n_crit);
  for (guint c = 0; c < n_crit; c++)
    weights[c] = SW_WEIGHT_MAX / 2;
  weigh (dataset, weights);

  for (guint p = 0; p < sw_dataset_get_n_presets (dataset); p++)
    weigh (dataset, sw_dataset_get_preset (dataset, p)->weights);

  for (guint c = 0; c < n_crit; c++)
    weights[c] = data[(c * 7919) % size] % 11;
  weigh (dataset, weights);

  return 0;
}
