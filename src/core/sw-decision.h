/* sw-decision.h — the state a meeting changes: the weights, the applied preset, undo and redo
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

/* The weight every criterion starts with, and returns to on reset: all equal. */
#define SW_DECISION_DEFAULT_WEIGHT 5.0
/* How many steps undo reaches back. */
#define SW_DECISION_HISTORY_LIMIT 200

#define SW_TYPE_DECISION (sw_decision_get_type ())

G_DECLARE_FINAL_TYPE (SwDecision, sw_decision, SW, DECISION, GObject)

/* Every weight at SW_DECISION_DEFAULT_WEIGHT, no preset, empty history. */
SwDecision   *sw_decision_new               (SwDataset    *dataset);
/* For a replaced dataset: weights of criteria whose id still exists are kept,
 * the others start at the default; the preset is kept when the new dataset has
 * it and the weights still equal it. The history starts empty. */
SwDecision   *sw_decision_new_from          (SwDataset    *dataset,
                                             SwDecision   *previous);

SwDataset    *sw_decision_get_dataset       (SwDecision   *self);

/* The weights that are evaluated (those of the active participant once there
 * are participants): one per criterion, in criteria order, each 0..10. */
const double *sw_decision_get_weights       (SwDecision   *self);
double        sw_decision_get_weight        (SwDecision   *self,
                                             guint         criterion);
/* Clamps to 0..10; NaN is ignored. A change made by hand clears the preset.
 * One undo step, unless inside begin_change()/end_change(). */
void          sw_decision_set_weight        (SwDecision   *self,
                                             guint         criterion,
                                             double        weight);
/* n_weights must be the number of criteria. One undo step; clears the preset. */
void          sw_decision_set_weights       (SwDecision   *self,
                                             const double *weights,
                                             guint         n_weights);

/* The preset whose weights are in place, or NULL once a weight was changed by hand. */
const char   *sw_decision_get_preset_id     (SwDecision   *self);
/* One undo step. FALSE (and nothing changes) when the dataset has no such preset. */
gboolean      sw_decision_apply_preset      (SwDecision   *self,
                                             const char   *preset_id);
/* Every weight back to SW_DECISION_DEFAULT_WEIGHT, no preset. One undo step. */
void          sw_decision_reset             (SwDecision   *self);

/* Replaces the state without an undo step and clears the history: for state
 * restored at start-up. Out-of-range weights are clamped, NaN becomes the
 * default; an unknown preset id is dropped. */
void          sw_decision_restore           (SwDecision   *self,
                                             const double *weights,
                                             const char   *preset_id);

/* A gesture (a whole slider drag): the changes between begin and end are one
 * undo step. Calls nest; ::changed still fires for every change inside. */
void          sw_decision_begin_change      (SwDecision   *self);
void          sw_decision_end_change        (SwDecision   *self);
gboolean      sw_decision_is_changing       (SwDecision   *self);

gboolean      sw_decision_can_undo          (SwDecision   *self);
gboolean      sw_decision_can_redo          (SwDecision   *self);
/* FALSE when there is nothing to undo or redo. */
gboolean      sw_decision_undo              (SwDecision   *self);
gboolean      sw_decision_redo              (SwDecision   *self);

G_END_DECLS
