/* sw-situation.h — the team's situation: skill levels and the existing systems' technology
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two facts about a project, the same for every participant of a meeting. A
 * dataset's team-answered criteria (docs/dataset-format.md, "answer") take
 * their fits from them instead of from the dataset (docs/scoring.md).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A dataset has at most this many technologies. */
#define SW_SITUATION_MAX_TECHNOLOGIES 8

/* A skill level that was not stated. */
#define SW_SKILL_NOT_STATED (-1.0)

/* The existing systems' technology, when it is not one of the dataset's. */
#define SW_EXISTING_NOT_STATED (-2)
#define SW_EXISTING_NONE       (-1)

typedef struct
{
  /* Per technology, in dataset order: 0..10, or SW_SKILL_NOT_STATED. */
  double skills[SW_SITUATION_MAX_TECHNOLOGIES];
  /* A technology index, SW_EXISTING_NONE (none of them, or another) or SW_EXISTING_NOT_STATED. */
  int    existing;
} SwSituation;

/* Nothing stated. */
void        sw_situation_init            (SwSituation       *self);
gboolean    sw_situation_equal           (const SwSituation *a,
                                          const SwSituation *b);
/* Whether any skill level is stated. */
gboolean    sw_situation_has_skills      (const SwSituation *self);
gboolean    sw_situation_is_empty        (const SwSituation *self);
/* 0..10 rounded to a tenth; anything else (NaN, negative) is "not stated". */
double      sw_situation_clamp_skill     (double             level);

/* The command line's --skill and --existing (src/sw-cli.c). The dataset is
 * passed as a pointer so that this header needs no sw-dataset.h. */
#define SW_SITUATION_ERROR (sw_situation_error_quark ())

typedef enum
{
  SW_SITUATION_ERROR_MALFORMED,          /* not TECHNOLOGY=LEVEL */
  SW_SITUATION_ERROR_UNKNOWN_TECHNOLOGY,
  SW_SITUATION_ERROR_BAD_LEVEL,          /* not a number, or outside 0–10 */
} SwSituationError;

GQuark      sw_situation_error_quark     (void);

G_END_DECLS
