/* fuzz-weights.c — libFuzzer target: the command line's weight parser (--set CRITERION=VALUE)
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-dataset.h"
#include "sw-evaluate.h"

#include "fuzz-common.h"

static SwDataset *dataset;

/* A message quotes the input: it must stay valid UTF-8 on one line, however
 * broken the input. */
static void
check_error (const GError *error)
{
  FUZZ_CHECK (error != NULL && error->domain == SW_EVALUATE_ERROR);
  FUZZ_CHECK (error->message[0] != '\0');
  FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
  FUZZ_CHECK (strchr (error->message, '\n') == NULL);
}

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* The input as a C string: a NUL in it ends it, as on a command line. */
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  guint criterion = G_MAXUINT;
  double value = -1.0;

  fuzz_init ();
  if (dataset == NULL)
    dataset = sw_dataset_get_default ();

  if (sw_parse_weight_assignment (dataset, text, &criterion, &value, &error))
    {
      FUZZ_CHECK (error == NULL);
      FUZZ_CHECK (criterion < sw_dataset_get_n_criteria (dataset));
      FUZZ_CHECK (isfinite (value) && value >= SW_WEIGHT_MIN && value <= SW_WEIGHT_MAX);
      FUZZ_CHECK (!signbit (value));
    }
  else
    {
      /* Pure: nothing is written on failure. */
      FUZZ_CHECK (criterion == G_MAXUINT && value == -1.0);
      check_error (error);
    }
  g_clear_error (&error);

  value = -1.0;
  if (sw_parse_weight (text, &value, &error))
    {
      FUZZ_CHECK (error == NULL);
      FUZZ_CHECK (isfinite (value) && value >= SW_WEIGHT_MIN && value <= SW_WEIGHT_MAX);
    }
  else
    {
      FUZZ_CHECK (value == -1.0);
      check_error (error);
    }

  return 0;
}
