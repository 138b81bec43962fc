/* sw-evaluate.h — the scoring engine: dataset + weights → verdict, and the weight parser
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sw-dataset.h"
#include "sw-verdict.h"
#include "sw-weight.h"

G_BEGIN_DECLS

#define SW_EVALUATE_ERROR (sw_evaluate_error_quark ())

typedef enum
{
  SW_EVALUATE_ERROR_MALFORMED,          /* not CRITERION=VALUE */
  SW_EVALUATE_ERROR_UNKNOWN_CRITERION,
  SW_EVALUATE_ERROR_NOT_A_NUMBER,       /* also "nan", "inf", hexadecimal */
  SW_EVALUATE_ERROR_OUT_OF_RANGE,       /* outside 0–10, including overflow such as 1e999 */
  SW_EVALUATE_ERROR_UNKNOWN_PRESET,
} SwEvaluateError;

GQuark      sw_evaluate_error_quark          (void);

/* Fills out (made by sw_verdict_new() for the same dataset) from one weight per
 * criterion, in criteria order. Allocation-free. Weights outside 0..10 are clamped,
 * NaN counts as 0. out must not be shared with a reader while it is refilled;
 * robustness is cleared. */
void        sw_evaluate                      (SwDataset    *dataset,
                                              const double *weights,
                                              SwVerdict    *out);
/* A new verdict, for callers that keep each result (the UI). */
SwVerdict  *sw_evaluate_new                  (SwDataset    *dataset,
                                              const double *weights);

/* Parses "CRITERION=VALUE" (a number 0..10, fractions allowed) against the dataset's
 * criteria. Pure: touches nothing on failure. The error message quotes the input and,
 * for an unknown criterion, lists the valid ones. */
gboolean    sw_parse_weight_assignment       (SwDataset    *dataset,
                                              const char   *text,
                                              guint        *out_criterion,
                                              double       *out_value,
                                              GError      **error);
/* Parses a weight alone: a finite decimal number within 0..10. */
gboolean    sw_parse_weight                  (const char   *text,
                                              double       *out_value,
                                              GError      **error);
/* The preset's index; an error listing the valid ids when there is none. */
gboolean    sw_find_preset_checked           (SwDataset    *dataset,
                                              const char   *id,
                                              guint        *out_index,
                                              GError      **error);

G_END_DECLS
