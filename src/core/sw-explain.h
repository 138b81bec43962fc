/* sw-explain.h — how a verdict's scores were computed, with the current numbers
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sw-verdict.h"

G_BEGIN_DECLS

/* The formula and, one line per technology, the sums filled in:
 * "Node.js: 100 × 407.0 ÷ (10 × 55.0) = 74.0". Translated. */
char  *sw_explain_dup_formula   (SwVerdict *verdict);

G_END_DECLS
