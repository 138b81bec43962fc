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

struct _SwDataset;

GQuark      sw_situation_error_quark     (void);
/* "TECHNOLOGY=LEVEL"; the message lists the valid technologies. */
gboolean    sw_parse_skill_assignment    (struct _SwDataset *dataset,
                                          const char        *text,
                                          guint             *out_technology,
                                          double            *out_level,
                                          GError           **error);
/* What the pane asks when a team-answered criterion has a weight but no
 * answer (@situated: a situated dataset; @weights: the weights shown); NULL
 * when nothing is missing. One or two sentences, translated. */
char       *sw_situation_dup_question    (struct _SwDataset *situated,
                                          const double      *weights);
/* The situation a situated dataset was filled from, as one sentence for the
 * reports: "The team's situation: Python 8.0 of 10, Node.js not stated;
 * existing systems: Python." NULL when the dataset asks for none. */
char       *sw_situation_dup_sentence    (struct _SwDataset *situated);
/* A technology id or "none". */
gboolean    sw_parse_existing            (struct _SwDataset *dataset,
                                          const char        *text,
                                          int               *out_existing,
                                          GError           **error);

G_END_DECLS
