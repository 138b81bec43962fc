/* sw-decision.c — the state a meeting changes: the weights, the applied preset, undo and redo
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-decision.h"

typedef struct
{
  double *weights;
  char   *preset_id;
} SwDecisionState;

struct _SwDecision
{
  GObject          parent_instance;

  SwDataset       *dataset;
  guint            n_criteria;
  SwDecisionState  current;

  /* Older states, newest last; redo holds the undone ones, the next redo last. */
  GPtrArray       *undo_stack;
  GPtrArray       *redo_stack;

  /* The state when the outermost begin_change() was called. */
  guint            change_depth;
  SwDecisionState *change_start;
};

G_DEFINE_FINAL_TYPE (SwDecision, sw_decision, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_PRESET_ID,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static double
clamp_weight (double weight)
{
  return CLAMP (weight, 0.0, 10.0);
}

static SwDecisionState *
state_copy (SwDecision            *self,
            const SwDecisionState *state)
{
  SwDecisionState *copy = g_new0 (SwDecisionState, 1);

  copy->weights = g_memdup2 (state->weights, sizeof (double) * self->n_criteria);
  copy->preset_id = g_strdup (state->preset_id);

  return copy;
}

static void
state_free (gpointer data)
{
  SwDecisionState *state = data;

  g_free (state->weights);
  g_free (state->preset_id);
  g_free (state);
}

static gboolean
state_equal (SwDecision            *self,
             const SwDecisionState *a,
             const SwDecisionState *b)
{
  return memcmp (a->weights, b->weights, sizeof (double) * self->n_criteria) == 0 &&
         g_strcmp0 (a->preset_id, b->preset_id) == 0;
}

/* Moves `state`'s contents into the current state. */
static void
state_take (SwDecision      *self,
            SwDecisionState *state)
{
  g_free (self->current.weights);
  g_free (self->current.preset_id);
  self->current = *state;
  g_free (state);
}

static void
notify_history (SwDecision *self,
                gboolean    could_undo,
                gboolean    could_redo)
{
  if (could_undo != sw_decision_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != sw_decision_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
push_undo (SwDecision      *self,
           SwDecisionState *previous)
{
  g_ptr_array_add (self->undo_stack, previous);
  if (self->undo_stack->len > SW_DECISION_HISTORY_LIMIT)
    g_ptr_array_remove_index (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
}

/* Every change goes through here: `next` becomes the current state, the state
 * before it goes onto the undo stack (unless a gesture is open, which pushes
 * once at its end), and ::changed fires once. */
static void
commit (SwDecision      *self,
        SwDecisionState *next)
{
  gboolean could_undo = sw_decision_can_undo (self);
  gboolean could_redo = sw_decision_can_redo (self);
  gboolean preset_changed;

  if (state_equal (self, &self->current, next))
    {
      state_free (next);
      return;
    }

  preset_changed = g_strcmp0 (self->current.preset_id, next->preset_id) != 0;

  if (self->change_depth == 0)
    push_undo (self, state_copy (self, &self->current));
  state_take (self, next);

  g_signal_emit (self, signals[CHANGED], 0);
  if (preset_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESET_ID]);
  notify_history (self, could_undo, could_redo);
}

SwDecision *
sw_decision_new (SwDataset *dataset)
{
  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);

  return g_object_new (SW_TYPE_DECISION,
                       "dataset", dataset,
                       NULL);
}

SwDecision *
sw_decision_new_from (SwDataset  *dataset,
                      SwDecision *previous)
{
  SwDecision *self;
  SwDataset *old;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (previous == NULL || SW_IS_DECISION (previous), NULL);

  self = sw_decision_new (dataset);
  if (previous == NULL)
    return self;

  old = previous->dataset;
  for (guint i = 0; i < self->n_criteria; i++)
    {
      int old_index = sw_dataset_find_criterion (old, sw_dataset_get_criterion (dataset, i)->id);

      if (old_index >= 0)
        self->current.weights[i] = previous->current.weights[old_index];
    }

  /* The preset survives only if it still names exactly these weights. */
  if (previous->current.preset_id != NULL)
    {
      int preset = sw_dataset_find_preset (dataset, previous->current.preset_id);

      if (preset >= 0 &&
          memcmp (sw_dataset_get_preset (dataset, preset)->weights, self->current.weights,
                  sizeof (double) * self->n_criteria) == 0)
        self->current.preset_id = g_strdup (previous->current.preset_id);
    }

  return self;
}

SwDataset *
sw_decision_get_dataset (SwDecision *self)
{
  g_return_val_if_fail (SW_IS_DECISION (self), NULL);

  return self->dataset;
}

const double *
sw_decision_get_weights (SwDecision *self)
{
  g_return_val_if_fail (SW_IS_DECISION (self), NULL);

  return self->current.weights;
}

double
sw_decision_get_weight (SwDecision *self,
                        guint       criterion)
{
  g_return_val_if_fail (SW_IS_DECISION (self), 0.0);
  g_return_val_if_fail (criterion < self->n_criteria, 0.0);

  return self->current.weights[criterion];
}

void
sw_decision_set_weight (SwDecision *self,
                        guint       criterion,
                        double      weight)
{
  SwDecisionState *next;

  g_return_if_fail (SW_IS_DECISION (self));
  g_return_if_fail (criterion < self->n_criteria);

  if (isnan (weight))
    return;

  weight = clamp_weight (weight);
  if (self->current.weights[criterion] == weight)
    return;

  next = state_copy (self, &self->current);
  next->weights[criterion] = weight;
  g_clear_pointer (&next->preset_id, g_free);
  commit (self, next);
}

void
sw_decision_set_weights (SwDecision   *self,
                         const double *weights,
                         guint         n_weights)
{
  SwDecisionState *next;

  g_return_if_fail (SW_IS_DECISION (self));
  g_return_if_fail (weights != NULL);
  g_return_if_fail (n_weights == self->n_criteria);

  next = state_copy (self, &self->current);
  for (guint i = 0; i < n_weights; i++)
    if (!isnan (weights[i]))
      next->weights[i] = clamp_weight (weights[i]);
  g_clear_pointer (&next->preset_id, g_free);
  commit (self, next);
}

const char *
sw_decision_get_preset_id (SwDecision *self)
{
  g_return_val_if_fail (SW_IS_DECISION (self), NULL);

  return self->current.preset_id;
}

gboolean
sw_decision_apply_preset (SwDecision *self,
                          const char *preset_id)
{
  const SwPreset *preset;
  SwDecisionState *next;
  int index;

  g_return_val_if_fail (SW_IS_DECISION (self), FALSE);
  g_return_val_if_fail (preset_id != NULL, FALSE);

  index = sw_dataset_find_preset (self->dataset, preset_id);
  if (index < 0)
    return FALSE;

  preset = sw_dataset_get_preset (self->dataset, index);
  next = g_new0 (SwDecisionState, 1);
  next->weights = g_new (double, self->n_criteria);
  for (guint i = 0; i < self->n_criteria; i++)
    next->weights[i] = clamp_weight (preset->weights[i]);
  next->preset_id = g_strdup (preset->id);
  commit (self, next);

  return TRUE;
}

void
sw_decision_reset (SwDecision *self)
{
  SwDecisionState *next;

  g_return_if_fail (SW_IS_DECISION (self));

  next = g_new0 (SwDecisionState, 1);
  next->weights = g_new (double, self->n_criteria);
  for (guint i = 0; i < self->n_criteria; i++)
    next->weights[i] = SW_DECISION_DEFAULT_WEIGHT;
  commit (self, next);
}

void
sw_decision_restore (SwDecision   *self,
                     const double *weights,
                     const char   *preset_id)
{
  gboolean could_undo;
  gboolean could_redo;
  gboolean preset_changed;

  g_return_if_fail (SW_IS_DECISION (self));
  g_return_if_fail (weights != NULL);

  could_undo = sw_decision_can_undo (self);
  could_redo = sw_decision_can_redo (self);

  for (guint i = 0; i < self->n_criteria; i++)
    self->current.weights[i] = isnan (weights[i]) ? SW_DECISION_DEFAULT_WEIGHT : clamp_weight (weights[i]);

  if (preset_id != NULL && sw_dataset_find_preset (self->dataset, preset_id) < 0)
    preset_id = NULL;
  preset_changed = g_strcmp0 (preset_id, self->current.preset_id) != 0;
  g_free (self->current.preset_id);
  self->current.preset_id = g_strdup (preset_id);

  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  if (self->change_start != NULL)
    {
      state_free (self->change_start);
      self->change_start = state_copy (self, &self->current);
    }

  g_signal_emit (self, signals[CHANGED], 0);
  if (preset_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESET_ID]);
  notify_history (self, could_undo, could_redo);
}

void
sw_decision_begin_change (SwDecision *self)
{
  g_return_if_fail (SW_IS_DECISION (self));

  if (self->change_depth++ == 0)
    self->change_start = state_copy (self, &self->current);
}

/* Pushes the state the open gesture started from, if the gesture changed anything. */
static void
close_gesture_step (SwDecision *self)
{
  gboolean could_undo = sw_decision_can_undo (self);
  gboolean could_redo = sw_decision_can_redo (self);
  SwDecisionState *start = g_steal_pointer (&self->change_start);

  if (start == NULL)
    return;

  if (state_equal (self, start, &self->current))
    {
      state_free (start);
      return;
    }

  push_undo (self, start);
  notify_history (self, could_undo, could_redo);
}

void
sw_decision_end_change (SwDecision *self)
{
  g_return_if_fail (SW_IS_DECISION (self));
  g_return_if_fail (self->change_depth > 0);

  if (--self->change_depth == 0)
    close_gesture_step (self);
}

gboolean
sw_decision_is_changing (SwDecision *self)
{
  g_return_val_if_fail (SW_IS_DECISION (self), FALSE);

  return self->change_depth > 0;
}

gboolean
sw_decision_can_undo (SwDecision *self)
{
  g_return_val_if_fail (SW_IS_DECISION (self), FALSE);

  return self->undo_stack->len > 0 ||
         (self->change_start != NULL && !state_equal (self, self->change_start, &self->current));
}

gboolean
sw_decision_can_redo (SwDecision *self)
{
  g_return_val_if_fail (SW_IS_DECISION (self), FALSE);

  return self->redo_stack->len > 0;
}

/* Moves the newest state of `from` into the current state, and the current
 * state onto `to`. An open gesture is closed first so that its changes form
 * the step being undone. */
static gboolean
step (SwDecision *self,
      GPtrArray  *from,
      GPtrArray  *to)
{
  gboolean could_undo;
  gboolean could_redo;
  gboolean preset_changed;
  SwDecisionState *state;

  if (self->change_depth > 0)
    close_gesture_step (self);

  if (from->len == 0)
    return FALSE;

  could_undo = sw_decision_can_undo (self);
  could_redo = sw_decision_can_redo (self);

  state = g_ptr_array_steal_index (from, from->len - 1);
  preset_changed = g_strcmp0 (state->preset_id, self->current.preset_id) != 0;
  g_ptr_array_add (to, state_copy (self, &self->current));
  state_take (self, state);

  if (self->change_depth > 0)
    self->change_start = state_copy (self, &self->current);

  g_signal_emit (self, signals[CHANGED], 0);
  if (preset_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESET_ID]);
  notify_history (self, could_undo, could_redo);

  return TRUE;
}

gboolean
sw_decision_undo (SwDecision *self)
{
  g_return_val_if_fail (SW_IS_DECISION (self), FALSE);

  return step (self, self->undo_stack, self->redo_stack);
}

gboolean
sw_decision_redo (SwDecision *self)
{
  g_return_val_if_fail (SW_IS_DECISION (self), FALSE);

  return step (self, self->redo_stack, self->undo_stack);
}

static void
sw_decision_constructed (GObject *object)
{
  SwDecision *self = SW_DECISION (object);

  G_OBJECT_CLASS (sw_decision_parent_class)->constructed (object);

  g_assert (SW_IS_DATASET (self->dataset));

  self->n_criteria = sw_dataset_get_n_criteria (self->dataset);
  self->current.weights = g_new (double, MAX (self->n_criteria, 1));
  for (guint i = 0; i < self->n_criteria; i++)
    self->current.weights[i] = SW_DECISION_DEFAULT_WEIGHT;
}

static void
sw_decision_finalize (GObject *object)
{
  SwDecision *self = SW_DECISION (object);

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->change_start, state_free);
  g_free (self->current.weights);
  g_free (self->current.preset_id);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (sw_decision_parent_class)->finalize (object);
}

static void
sw_decision_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SwDecision *self = SW_DECISION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_PRESET_ID:
      g_value_set_string (value, self->current.preset_id);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sw_decision_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, sw_decision_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_decision_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SwDecision *self = SW_DECISION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_decision_class_init (SwDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sw_decision_constructed;
  object_class->finalize = sw_decision_finalize;
  object_class->get_property = sw_decision_get_property;
  object_class->set_property = sw_decision_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         SW_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PRESET_ID] =
    g_param_spec_string ("preset-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwDecision::changed:
   *
   * The weights or the preset changed: once per change, including every
   * change inside a gesture, an undo, a redo and a restore.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sw_decision_init (SwDecision *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (state_free);
  self->redo_stack = g_ptr_array_new_with_free_func (state_free);
}
