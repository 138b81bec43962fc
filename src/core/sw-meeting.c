/* sw-meeting.c — the state a meeting changes: participants, weights, presets, notes, undo and redo
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-blind-rule.h"
#include "sw-meeting-private.h"
#include "sw-evaluate.h"
#include "sw-participant-private.h"
#include "sw-robustness.h"
#include "sw-weight.h"

/* What a state of the history remembers of one participant: the values undo
 * puts back into their SwParticipant, which is the one participant type (this
 * is its memory, not a second model). The one person deciding alone has no
 * name. `participant` is who it is: the object the participants' list shows,
 * the same in every state of the history that holds this person. */
typedef struct
{
  SwParticipant *participant;
  char          *name;
  double        *weights;
  char          *preset_id;
  gboolean       voted;
} ParticipantSnapshot;

/* What undo and redo move between: everyone's weights and names, and whose
 * weights the form shows (an undo shows whose change it took back). */
typedef struct
{
  GPtrArray   *people;   /* ParticipantSnapshot *, at least one */
  guint        active;
  SwSituation  situation; /* the team's, the same for everyone */
} SwMeetingState;

struct _SwMeeting
{
  GObject          parent_instance;

  SwDataset       *dataset;
  guint            n_criteria;
  /* The dataset with the current situation's fits, made when first asked for. */
  SwDataset       *situated;
  SwMeetingState  current;

  /* Older states, newest last; redo holds the undone ones, the next redo last. */
  GPtrArray       *undo_stack;
  GPtrArray       *redo_stack;

  /* The state when the outermost begin_change() was called. */
  guint            change_depth;
  SwMeetingState *change_start;

  /* The participants of the current state, as objects (empty for one person alone). */
  GListStore      *participants;

  /* Outside the history: a text field has its own undo, and a switch is one click. */
  gboolean         blind;
  char            *notes;
  gboolean         modified;
  /* When the meeting's file was first and last saved, or NULL. */
  GDateTime       *created;
  GDateTime       *saved;
};

G_DEFINE_FINAL_TYPE (SwMeeting, sw_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_PRESET_ID,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_ACTIVE_PARTICIPANT,
  PROP_BLIND,
  PROP_NOTES,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  PARTICIPANTS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static double
clamp_weight (double weight)
{
  return sw_weight_clamp (weight);
}

/* People and states */

/* `participant` NULL: someone new. */
static ParticipantSnapshot *
person_new_for (SwParticipant *participant,
                const char    *name,
                const double  *weights,
                guint          n_criteria)
{
  ParticipantSnapshot *person = g_new0 (ParticipantSnapshot, 1);

  person->participant = participant != NULL ? g_object_ref (participant)
                                            : sw_participant_new (n_criteria, SW_MEETING_DEFAULT_WEIGHT);
  person->name = g_strdup (name);
  person->weights = g_new (double, MAX (n_criteria, 1));
  for (guint i = 0; i < n_criteria; i++)
    person->weights[i] = weights != NULL ? weights[i] : SW_MEETING_DEFAULT_WEIGHT;

  return person;
}

static ParticipantSnapshot *
person_new (const char   *name,
            const double *weights,
            guint         n_criteria)
{
  return person_new_for (NULL, name, weights, n_criteria);
}

static void
person_free (gpointer data)
{
  ParticipantSnapshot *person = data;

  g_clear_object (&person->participant);
  g_free (person->name);
  g_free (person->weights);
  g_free (person->preset_id);
  g_free (person);
}

static ParticipantSnapshot *
person_copy (const ParticipantSnapshot *person,
             guint           n_criteria)
{
  ParticipantSnapshot *copy = person_new_for (person->participant, person->name, person->weights, n_criteria);

  copy->preset_id = g_strdup (person->preset_id);
  copy->voted = person->voted;

  return copy;
}

static void
state_init (SwMeetingState *state)
{
  state->people = g_ptr_array_new_with_free_func (person_free);
  state->active = 0;
  sw_situation_init (&state->situation);
}

static void
state_clear (SwMeetingState *state)
{
  g_clear_pointer (&state->people, g_ptr_array_unref);
}

static SwMeetingState *
state_copy (SwMeeting            *self,
            const SwMeetingState *state)
{
  SwMeetingState *copy = g_new0 (SwMeetingState, 1);

  state_init (copy);
  for (guint i = 0; i < state->people->len; i++)
    g_ptr_array_add (copy->people, person_copy (g_ptr_array_index (state->people, i), self->n_criteria));
  copy->active = state->active;
  copy->situation = state->situation;

  return copy;
}

static void
state_free (gpointer data)
{
  SwMeetingState *state = data;

  state_clear (state);
  g_free (state);
}

static ParticipantSnapshot *
state_person (const SwMeetingState *state,
              guint                  index)
{
  return g_ptr_array_index (state->people, index);
}

static ParticipantSnapshot *
active_person (const SwMeetingState *state)
{
  return state_person (state, state->active);
}

static gboolean
state_is_alone (const SwMeetingState *state)
{
  return state->people->len == 1 && state_person (state, 0)->name == NULL;
}

/* The same people, names, votes and active participant (weights aside). */
static gboolean
state_same_people (const SwMeetingState *a,
                   const SwMeetingState *b)
{
  if (a->people->len != b->people->len || a->active != b->active)
    return FALSE;

  for (guint i = 0; i < a->people->len; i++)
    {
      const ParticipantSnapshot *pa = state_person (a, i);
      const ParticipantSnapshot *pb = state_person (b, i);

      if (g_strcmp0 (pa->name, pb->name) != 0 || pa->voted != pb->voted)
        return FALSE;
    }

  return TRUE;
}

static gboolean
state_equal (SwMeeting            *self,
             const SwMeetingState *a,
             const SwMeetingState *b)
{
  if (!state_same_people (a, b) || !sw_situation_equal (&a->situation, &b->situation))
    return FALSE;

  for (guint i = 0; i < a->people->len; i++)
    {
      const ParticipantSnapshot *pa = state_person (a, i);
      const ParticipantSnapshot *pb = state_person (b, i);

      if (memcmp (pa->weights, pb->weights, sizeof (double) * self->n_criteria) != 0 ||
          g_strcmp0 (pa->preset_id, pb->preset_id) != 0)
        return FALSE;
    }

  return TRUE;
}

/* Brings the participants' objects and list up to the current state. Every
 * object first takes its values with its notifications held back; then the list
 * changes by one splice of the run that differs (an add, a remove, an undone
 * remove that brings the same object back, or a whole loaded meeting); then the
 * notifications go out, so a watcher finds each object at its place. */
static void
sync_participants (SwMeeting *self)
{
  const SwMeetingState *state = &self->current;
  gboolean alone = state_is_alone (state);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->participants));
  guint n_new = alone ? 0 : state->people->len;
  guint prefix = 0;
  guint suffix = 0;
  g_autoptr(GPtrArray) frozen = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < state->people->len; i++)
    {
      const ParticipantSnapshot *person = state_person (state, i);

      g_object_freeze_notify (G_OBJECT (person->participant));
      g_ptr_array_add (frozen, g_object_ref (person->participant));
      sw_participant_set_values (person->participant, person->name, person->weights, person->voted,
                                 person->preset_id, !alone && i == state->active);
    }

  while (prefix < MIN (n_old, n_new))
    {
      g_autoptr(SwParticipant) old = g_list_model_get_item (G_LIST_MODEL (self->participants), prefix);

      if (old != state_person (state, prefix)->participant)
        break;
      prefix++;
    }
  while (suffix < MIN (n_old, n_new) - prefix)
    {
      g_autoptr(SwParticipant) old = g_list_model_get_item (G_LIST_MODEL (self->participants),
                                                            n_old - 1 - suffix);

      if (old != state_person (state, n_new - 1 - suffix)->participant)
        break;
      suffix++;
    }

  if (prefix + suffix < MAX (n_old, n_new))
    {
      guint n_added = n_new - prefix - suffix;
      g_autofree gpointer *added = g_new (gpointer, MAX (n_added, 1));

      for (guint i = 0; i < n_added; i++)
        added[i] = state_person (state, prefix + i)->participant;
      g_list_store_splice (self->participants, prefix, n_old - prefix - suffix, added, n_added);
    }

  for (guint i = 0; i < frozen->len; i++)
    g_object_thaw_notify (g_ptr_array_index (frozen, i));
}

/* Moves `state`'s contents into the current state. */
static void
state_take (SwMeeting      *self,
            SwMeetingState *state)
{
  state_clear (&self->current);
  self->current = *state;
  g_free (state);
  sync_participants (self);
}

/* Notifications */

static void
notify_history (SwMeeting *self,
                gboolean    could_undo,
                gboolean    could_redo)
{
  if (could_undo != sw_meeting_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != sw_meeting_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
set_modified (SwMeeting *self,
              gboolean    modified)
{
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* What a change of the current state tells its watchers, given what it was before. */
static void
emit_state_changed (SwMeeting            *self,
                    const char            *old_preset,
                    gboolean               people_changed,
                    guint                  old_active)
{
  g_signal_emit (self, signals[CHANGED], 0);
  if (people_changed)
    g_signal_emit (self, signals[PARTICIPANTS_CHANGED], 0);
  if (g_strcmp0 (old_preset, active_person (&self->current)->preset_id) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESET_ID]);
  if (old_active != self->current.active)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_PARTICIPANT]);
}

static void
push_undo (SwMeeting      *self,
           SwMeetingState *previous)
{
  g_ptr_array_add (self->undo_stack, previous);
  if (self->undo_stack->len > SW_MEETING_HISTORY_LIMIT)
    g_ptr_array_remove_index (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
}

/* Every change goes through here: `next` becomes the current state, the state
 * before it goes onto the undo stack (unless a gesture is open, which pushes
 * once at its end), and ::changed fires once. */
static void
commit (SwMeeting      *self,
        SwMeetingState *next)
{
  gboolean could_undo = sw_meeting_can_undo (self);
  gboolean could_redo = sw_meeting_can_redo (self);
  g_autofree char *old_preset = NULL;
  gboolean people_changed;
  guint old_active;

  if (state_equal (self, &self->current, next))
    {
      state_free (next);
      return;
    }

  old_preset = g_strdup (active_person (&self->current)->preset_id);
  old_active = self->current.active;
  people_changed = !state_same_people (&self->current, next);

  if (self->change_depth == 0)
    push_undo (self, state_copy (self, &self->current));
  state_take (self, next);
  set_modified (self, TRUE);

  emit_state_changed (self, old_preset, people_changed, old_active);
  notify_history (self, could_undo, could_redo);
}

/* A copy of the current state to change and commit. */
static SwMeetingState *
next_state (SwMeeting *self)
{
  return state_copy (self, &self->current);
}

/* Construction */

SwMeeting *
sw_meeting_new (SwDataset *dataset)
{
  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);

  return g_object_new (SW_TYPE_MEETING,
                       "dataset", dataset,
                       NULL);
}

/* Weights by criterion id: those the new dataset shares keep their value. */
static void
map_weights (SwDataset    *dataset,
             SwDataset    *old,
             const double *old_weights,
             double       *weights)
{
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset); i++)
    {
      int old_index = sw_dataset_find_criterion (old, sw_dataset_get_criterion (dataset, i)->id);

      if (old_index >= 0)
        weights[i] = old_weights[old_index];
    }
}

SwMeeting *
sw_meeting_new_from (SwDataset  *dataset,
                      SwMeeting *previous)
{
  SwMeeting *self;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (previous == NULL || SW_IS_MEETING (previous), NULL);

  self = sw_meeting_new (dataset);
  if (previous == NULL)
    return self;

  g_ptr_array_set_size (self->current.people, 0);
  for (guint p = 0; p < previous->current.people->len; p++)
    {
      const ParticipantSnapshot *old = state_person (&previous->current, p);
      ParticipantSnapshot *person = person_new (old->name, NULL, self->n_criteria);

      map_weights (dataset, previous->dataset, old->weights, person->weights);
      person->voted = old->voted;

      /* The preset survives only if it still names exactly these weights. */
      if (old->preset_id != NULL)
        {
          int preset = sw_dataset_find_preset (dataset, old->preset_id);

          if (preset >= 0 &&
              memcmp (sw_dataset_get_preset (dataset, preset)->weights, person->weights,
                      sizeof (double) * self->n_criteria) == 0)
            person->preset_id = g_strdup (old->preset_id);
        }

      g_ptr_array_add (self->current.people, person);
    }
  self->current.active = previous->current.active;
  /* The situation by technology id: a technology the new dataset lacks drops out. */
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    {
      int old = sw_dataset_find_technology (previous->dataset, sw_dataset_get_technology (dataset, t)->id);

      if (old >= 0)
        self->current.situation.skills[t] = previous->current.situation.skills[old];
    }
  if (previous->current.situation.existing == SW_EXISTING_NONE)
    self->current.situation.existing = SW_EXISTING_NONE;
  else if (previous->current.situation.existing >= 0)
    self->current.situation.existing =
      sw_dataset_find_technology (dataset, sw_dataset_get_technology (previous->dataset,
                                                                      previous->current.situation.existing)->id);
  if (self->current.situation.existing == -1 && previous->current.situation.existing >= 0)
    self->current.situation.existing = SW_EXISTING_NOT_STATED;
  self->blind = previous->blind;
  g_free (self->notes);
  self->notes = g_strdup (previous->notes);
  self->modified = previous->modified;
  sw_meeting_set_file_times (self, previous->created, previous->saved);
  sync_participants (self);

  return self;
}

SwDataset *
sw_meeting_get_dataset (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  return self->dataset;
}

/* The active person's weights */

const double *
sw_meeting_get_weights (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  return active_person (&self->current)->weights;
}

double
sw_meeting_get_weight (SwMeeting *self,
                        guint       criterion)
{
  g_return_val_if_fail (SW_IS_MEETING (self), 0.0);
  g_return_val_if_fail (criterion < self->n_criteria, 0.0);

  return active_person (&self->current)->weights[criterion];
}

static gboolean is_sealed (SwMeeting *self);

gboolean
sw_meeting_get_active_sealed (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);

  return sw_meeting_get_n_participants (self) > 0 &&
         active_person (&self->current)->voted && is_sealed (self);
}

void
sw_meeting_set_weight (SwMeeting *self,
                        guint       criterion,
                        double      weight)
{
  SwMeetingState *next;
  ParticipantSnapshot *person;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (criterion < self->n_criteria);

  /* A sealed ballot changes only by a ballot of its own. */
  if (isnan (weight) || sw_meeting_get_active_sealed (self))
    return;

  weight = clamp_weight (weight);
  if (active_person (&self->current)->weights[criterion] == weight)
    return;

  next = next_state (self);
  person = active_person (next);
  person->weights[criterion] = weight;
  g_clear_pointer (&person->preset_id, g_free);
  commit (self, next);
}

void
sw_meeting_set_weights (SwMeeting   *self,
                         const double *weights,
                         guint         n_weights)
{
  SwMeetingState *next;
  ParticipantSnapshot *person;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (weights != NULL);
  g_return_if_fail (n_weights == self->n_criteria);

  if (sw_meeting_get_active_sealed (self))
    return;

  next = next_state (self);
  person = active_person (next);
  for (guint i = 0; i < n_weights; i++)
    if (!isnan (weights[i]))
      person->weights[i] = clamp_weight (weights[i]);
  g_clear_pointer (&person->preset_id, g_free);
  commit (self, next);
}

const char *
sw_meeting_get_preset_id (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  return active_person (&self->current)->preset_id;
}

gboolean
sw_meeting_apply_preset (SwMeeting *self,
                          const char *preset_id)
{
  const SwPreset *preset;
  SwMeetingState *next;
  ParticipantSnapshot *person;
  int index;

  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);
  g_return_val_if_fail (preset_id != NULL, FALSE);

  index = sw_dataset_find_preset (self->dataset, preset_id);
  if (index < 0 || sw_meeting_get_active_sealed (self))
    return FALSE;

  preset = sw_dataset_get_preset (self->dataset, index);
  next = next_state (self);
  person = active_person (next);
  for (guint i = 0; i < self->n_criteria; i++)
    person->weights[i] = clamp_weight (preset->weights[i]);
  g_free (person->preset_id);
  person->preset_id = g_strdup (preset->id);
  /* The facts its guide cell states; the team's other answers stay. */
  for (guint t = 0; t < SW_SITUATION_MAX_TECHNOLOGIES; t++)
    if (preset->situation.skills[t] >= 0.0)
      next->situation.skills[t] = preset->situation.skills[t];
  if (preset->situation.existing != SW_EXISTING_NOT_STATED)
    next->situation.existing = preset->situation.existing;
  commit (self, next);

  return TRUE;
}

void
sw_meeting_reset (SwMeeting *self)
{
  SwMeetingState *next;
  ParticipantSnapshot *person;

  g_return_if_fail (SW_IS_MEETING (self));

  if (sw_meeting_get_active_sealed (self))
    return;

  next = next_state (self);
  person = active_person (next);
  for (guint i = 0; i < self->n_criteria; i++)
    person->weights[i] = SW_MEETING_DEFAULT_WEIGHT;
  g_clear_pointer (&person->preset_id, g_free);
  sw_situation_init (&next->situation);
  commit (self, next);
}

/* The team's situation */

const SwSituation *
sw_meeting_get_situation (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  return &self->current.situation;
}

/* The next state with `situation`, each level clamped and an existing
 * system that is not one of the dataset's technologies left unstated. */
static SwMeetingState *
next_state_with_situation (SwMeeting         *self,
                           const SwSituation *situation)
{
  guint n_technologies = sw_dataset_get_n_technologies (self->dataset);
  SwMeetingState *next = next_state (self);

  sw_situation_init (&next->situation);
  for (guint t = 0; t < n_technologies; t++)
    next->situation.skills[t] = sw_situation_clamp_skill (situation->skills[t]);
  if (situation->existing >= SW_EXISTING_NONE && situation->existing < (int) n_technologies)
    next->situation.existing = situation->existing;

  return next;
}

void
sw_meeting_set_situation (SwMeeting        *self,
                           const SwSituation *situation)
{
  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (situation != NULL);

  commit (self, next_state_with_situation (self, situation));
}

void
sw_meeting_set_skill (SwMeeting *self,
                       guint       technology,
                       double      level)
{
  SwSituation situation;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (technology < sw_dataset_get_n_technologies (self->dataset));

  situation = self->current.situation;
  situation.skills[technology] = sw_situation_clamp_skill (level);
  sw_meeting_set_situation (self, &situation);
}

void
sw_meeting_set_existing (SwMeeting *self,
                          int         existing)
{
  SwSituation situation;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (existing >= SW_EXISTING_NOT_STATED &&
                    existing < (int) sw_dataset_get_n_technologies (self->dataset));

  situation = self->current.situation;
  situation.existing = existing;
  sw_meeting_set_situation (self, &situation);
}

SwDataset *
sw_meeting_get_situated_dataset (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  if (self->situated == NULL ||
      !sw_situation_equal (sw_dataset_get_situation (self->situated), &self->current.situation))
    {
      g_clear_object (&self->situated);
      self->situated = sw_dataset_new_situated (self->dataset, &self->current.situation);
    }

  return self->situated;
}

/* Replacing the whole state: no undo step, an empty history. */
static void
replace_state (SwMeeting      *self,
               SwMeetingState *state)
{
  gboolean could_undo = sw_meeting_can_undo (self);
  gboolean could_redo = sw_meeting_can_redo (self);
  g_autofree char *old_preset = g_strdup (active_person (&self->current)->preset_id);
  gboolean people_changed = !state_same_people (&self->current, state);
  guint old_active = self->current.active;

  state_take (self, state);

  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  if (self->change_start != NULL)
    {
      state_free (self->change_start);
      self->change_start = state_copy (self, &self->current);
    }

  emit_state_changed (self, old_preset, people_changed, old_active);
  notify_history (self, could_undo, could_redo);
}

void
sw_meeting_restore (SwMeeting   *self,
                     const double *weights,
                     const char   *preset_id)
{
  SwMeetingState *next;
  ParticipantSnapshot *person;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (weights != NULL);

  next = next_state (self);
  person = active_person (next);
  for (guint i = 0; i < self->n_criteria; i++)
    person->weights[i] = isnan (weights[i]) ? SW_MEETING_DEFAULT_WEIGHT : clamp_weight (weights[i]);

  if (preset_id != NULL && sw_dataset_find_preset (self->dataset, preset_id) < 0)
    preset_id = NULL;
  g_free (person->preset_id);
  person->preset_id = g_strdup (preset_id);

  replace_state (self, next);
}

void
sw_meeting_restore_situation (SwMeeting        *self,
                               const SwSituation *situation)
{
  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (situation != NULL);

  replace_state (self, next_state_with_situation (self, situation));
}

/* Gestures */

void
sw_meeting_begin_change (SwMeeting *self)
{
  g_return_if_fail (SW_IS_MEETING (self));

  if (self->change_depth++ == 0)
    self->change_start = state_copy (self, &self->current);
}

/* Pushes the state the open gesture started from, if the gesture changed anything. */
static void
close_gesture_step (SwMeeting *self)
{
  gboolean could_undo = sw_meeting_can_undo (self);
  gboolean could_redo = sw_meeting_can_redo (self);
  SwMeetingState *start = g_steal_pointer (&self->change_start);

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
sw_meeting_end_change (SwMeeting *self)
{
  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (self->change_depth > 0);

  if (--self->change_depth == 0)
    close_gesture_step (self);
}

gboolean
sw_meeting_is_changing (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);

  return self->change_depth > 0;
}

/* History */

gboolean
sw_meeting_can_undo (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);

  return self->undo_stack->len > 0 ||
         (self->change_start != NULL && !state_equal (self, self->change_start, &self->current));
}

gboolean
sw_meeting_can_redo (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);

  return self->redo_stack->len > 0;
}

/* Moves the newest state of `from` into the current state, and the current
 * state onto `to`. An open gesture is closed first so that its changes form
 * the step being undone. */
static gboolean
step (SwMeeting *self,
      GPtrArray  *from,
      GPtrArray  *to)
{
  gboolean could_undo;
  gboolean could_redo;
  g_autofree char *old_preset = NULL;
  gboolean people_changed;
  guint old_active;
  SwMeetingState *state;

  if (self->change_depth > 0)
    close_gesture_step (self);

  if (from->len == 0)
    return FALSE;

  could_undo = sw_meeting_can_undo (self);
  could_redo = sw_meeting_can_redo (self);
  old_preset = g_strdup (active_person (&self->current)->preset_id);
  old_active = self->current.active;

  state = g_ptr_array_steal_index (from, from->len - 1);
  people_changed = !state_same_people (&self->current, state);
  g_ptr_array_add (to, state_copy (self, &self->current));
  state_take (self, state);
  set_modified (self, TRUE);

  if (self->change_depth > 0)
    self->change_start = state_copy (self, &self->current);

  emit_state_changed (self, old_preset, people_changed, old_active);
  notify_history (self, could_undo, could_redo);

  return TRUE;
}

gboolean
sw_meeting_undo (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);

  return step (self, self->undo_stack, self->redo_stack);
}

gboolean
sw_meeting_redo (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);

  return step (self, self->redo_stack, self->undo_stack);
}

/* Participants */

guint
sw_meeting_get_n_participants (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), 0);

  return state_is_alone (&self->current) ? 0 : self->current.people->len;
}

const char *
sw_meeting_get_participant_name (SwMeeting *self,
                                  guint       participant)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);
  g_return_val_if_fail (participant < sw_meeting_get_n_participants (self), NULL);

  return state_person (&self->current, participant)->name;
}

const double *
sw_meeting_get_participant_weights (SwMeeting *self,
                                     guint       participant)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);
  g_return_val_if_fail (participant < sw_meeting_get_n_participants (self), NULL);

  return state_person (&self->current, participant)->weights;
}

GListModel *
sw_meeting_get_participants (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->participants);
}

SwParticipant *
sw_meeting_get_participant (SwMeeting *self,
                             guint       participant)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);
  g_return_val_if_fail (participant < sw_meeting_get_n_participants (self), NULL);

  return state_person (&self->current, participant)->participant;
}

gboolean
sw_meeting_find_participant (SwMeeting    *self,
                              SwParticipant *participant,
                              guint         *position)
{
  guint n;

  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);
  g_return_val_if_fail (SW_IS_PARTICIPANT (participant), FALSE);

  n = sw_meeting_get_n_participants (self);
  for (guint i = 0; i < n; i++)
    if (state_person (&self->current, i)->participant == participant)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }

  return FALSE;
}

gboolean
sw_meeting_get_participant_voted (SwMeeting *self,
                                   guint       participant)
{
  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);
  g_return_val_if_fail (participant < sw_meeting_get_n_participants (self), FALSE);

  return state_person (&self->current, participant)->voted;
}

char *
sw_meeting_dup_not_voted_sentence (SwMeeting *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_participants;

  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  n_participants = sw_meeting_get_n_participants (self);
  for (guint p = 0; p < n_participants; p++)
    if (!sw_meeting_get_participant_voted (self, p))
      {
        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, sw_meeting_get_participant_name (self, p));
      }

  if (names->len == 0)
    return NULL;

  /* Translators: followed by names, "Cleo, Dan" */
  return g_strdup_printf (_("Not everyone had finished voting: %s."), names->str);
}

static gboolean
name_taken (const SwMeetingState *state,
            const char            *name,
            int                    except)
{
  for (guint i = 0; i < state->people->len; i++)
    if ((int) i != except && g_strcmp0 (state_person (state, i)->name, name) == 0)
      return TRUE;

  return FALSE;
}

/* "Participant 3": the first free number from `start`. */
static char *
free_name (const SwMeetingState *state,
           guint                  start)
{
  for (guint n = start; ; n++)
    {
      /* Translators: the name a new participant gets until it is changed */
      g_autofree char *name = g_strdup_printf (_("Participant %u"), n);

      if (!name_taken (state, name, -1))
        return g_steal_pointer (&name);
    }
}

/* Names are trimmed; NULL when empty, too long or taken. */
static char *
valid_name (const SwMeetingState *state,
            const char            *name,
            int                    except)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (trimmed[0] == '\0' || g_utf8_strlen (trimmed, -1) > SW_PARTICIPANT_MAX_NAME_LENGTH)
    return NULL;
  if (name_taken (state, trimmed, except))
    return NULL;

  return g_steal_pointer (&trimmed);
}

int
sw_meeting_add_participant (SwMeeting *self,
                             const char *name)
{
  SwMeetingState *next;
  g_autofree char *new_name = NULL;
  int index;

  g_return_val_if_fail (SW_IS_MEETING (self), -1);

  if (sw_meeting_get_n_participants (self) >= SW_TEAM_MAX_PARTICIPANTS)
    return -1;

  next = next_state (self);

  /* The one person who was deciding alone becomes the first participant. */
  if (state_is_alone (next))
    {
      ParticipantSnapshot *first = state_person (next, 0);

      first->name = free_name (next, 1);
      first->voted = FALSE;
    }

  if (name != NULL)
    new_name = valid_name (next, name, -1);
  if (new_name == NULL)
    new_name = free_name (next, next->people->len + 1);

  g_ptr_array_add (next->people, person_new (new_name, NULL, self->n_criteria));
  index = next->people->len - 1;
  next->active = index;
  commit (self, next);

  return index;
}

gboolean
sw_meeting_rename_participant (SwMeeting *self,
                                guint       participant,
                                const char *name)
{
  SwMeetingState *next;
  g_autofree char *new_name = NULL;

  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);
  g_return_val_if_fail (participant < sw_meeting_get_n_participants (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  new_name = valid_name (&self->current, name, participant);
  if (new_name == NULL)
    return FALSE;
  if (g_strcmp0 (new_name, state_person (&self->current, participant)->name) == 0)
    return TRUE;

  next = next_state (self);
  g_free (state_person (next, participant)->name);
  state_person (next, participant)->name = g_steal_pointer (&new_name);
  commit (self, next);

  return TRUE;
}

void
sw_meeting_remove_participant (SwMeeting *self,
                                guint       participant)
{
  SwMeetingState *next;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (participant < sw_meeting_get_n_participants (self));

  next = next_state (self);
  g_ptr_array_remove_index (next->people, participant);

  if (next->people->len == 1)
    {
      /* Down to one: they decide alone, with their weights. */
      g_clear_pointer (&state_person (next, 0)->name, g_free);
      state_person (next, 0)->voted = FALSE;
      next->active = 0;
    }
  else if (next->people->len == 0)
    {
      g_ptr_array_add (next->people, person_new (NULL, NULL, self->n_criteria));
      next->active = 0;
    }
  else if (next->active > participant || next->active >= next->people->len)
    next->active = next->active > 0 ? next->active - 1 : 0;

  commit (self, next);
}

guint
sw_meeting_get_active_participant (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), 0);

  return self->current.active;
}

void
sw_meeting_set_active_participant (SwMeeting *self,
                                    guint       participant)
{
  g_autofree char *old_preset = NULL;
  guint old_active;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (participant < MAX (sw_meeting_get_n_participants (self), 1));

  if (self->current.active == participant)
    return;

  /* Not an undo step: the state before a later change records whose it was. */
  old_preset = g_strdup (active_person (&self->current)->preset_id);
  old_active = self->current.active;
  self->current.active = participant;
  if (self->change_start != NULL)
    self->change_start->active = participant;
  sync_participants (self);

  emit_state_changed (self, old_preset, TRUE, old_active);
}

/* Whether a blind vote hides the result now: the rule of sw-blind-rule.c, as
 * every door applies it (sw_blind_vote_init_from_meeting()). */
static gboolean
is_sealed (SwMeeting *self)
{
  SwBlindVote blind;

  sw_blind_vote_init (&blind, sw_meeting_get_blind (self), sw_meeting_get_n_participants (self),
                      sw_meeting_get_n_voted (self));
  return blind.hidden;
}

/* A ballot cast or cleared in a blind vote is no undo step, and the history
 * before it is forgotten: undoing it, or any step before it, would bring back
 * a state where the voter had not voted yet and their sliders, holding the
 * weights they voted with, showed to the room. */
static void
commit_ballot (SwMeeting      *self,
               SwMeetingState *next)
{
  replace_state (self, next);
  set_modified (self, TRUE);
}

void
sw_meeting_set_participant_voted (SwMeeting *self,
                                   guint       participant,
                                   gboolean    voted)
{
  SwMeetingState *next;
  ParticipantSnapshot *person;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (participant < sw_meeting_get_n_participants (self));

  voted = !!voted;
  if (state_person (&self->current, participant)->voted == voted)
    return;

  next = next_state (self);
  person = state_person (next, participant);
  person->voted = voted;

  if (!voted && is_sealed (self))
    {
      /* Their ballot is sealed: they vote again from nothing, and the weights
       * they voted with are never shown. */
      for (guint i = 0; i < self->n_criteria; i++)
        person->weights[i] = SW_MEETING_DEFAULT_WEIGHT;
      g_clear_pointer (&person->preset_id, g_free);
      commit_ballot (self, next);
    }
  else if (voted && self->blind)
    commit_ballot (self, next);
  else
    commit (self, next);
}

int
sw_meeting_cast_ballot (SwMeeting   *self,
                         const char   *name,
                         const double *weights)
{
  SwMeetingState *next;
  ParticipantSnapshot *person = NULL;
  int index = -1;

  g_return_val_if_fail (SW_IS_MEETING (self), -1);
  g_return_val_if_fail (name != NULL, -1);
  g_return_val_if_fail (weights != NULL, -1);

  next = next_state (self);
  if (!state_is_alone (next))
    for (guint i = 0; i < next->people->len && index < 0; i++)
      if (g_strcmp0 (state_person (next, i)->name, name) == 0)
        index = (int) i;

  if (index < 0)
    {
      g_autofree char *new_name = valid_name (next, name, -1);

      if (new_name == NULL || sw_meeting_get_n_participants (self) >= SW_TEAM_MAX_PARTICIPANTS)
        {
          state_free (next);
          return -1;
        }
      /* A meeting that named nobody: the one person alone was nobody's vote,
       * and the first ballot takes their place. */
      if (state_is_alone (next))
        {
          g_ptr_array_set_size (next->people, 0);
          next->active = 0;
        }
      g_ptr_array_add (next->people, person_new (new_name, NULL, self->n_criteria));
      index = (int) next->people->len - 1;
    }

  person = state_person (next, index);
  for (guint i = 0; i < self->n_criteria; i++)
    person->weights[i] = isnan (weights[i]) ? SW_MEETING_DEFAULT_WEIGHT : clamp_weight (weights[i]);
  g_clear_pointer (&person->preset_id, g_free);
  person->voted = TRUE;
  commit_ballot (self, next);

  return index;
}

guint
sw_meeting_get_n_voted (SwMeeting *self)
{
  guint n;
  guint voted = 0;

  g_return_val_if_fail (SW_IS_MEETING (self), 0);

  n = sw_meeting_get_n_participants (self);
  for (guint i = 0; i < n; i++)
    if (state_person (&self->current, i)->voted)
      voted++;

  return voted;
}

gboolean
sw_meeting_get_everyone_voted (SwMeeting *self)
{
  guint n;

  g_return_val_if_fail (SW_IS_MEETING (self), TRUE);

  n = sw_meeting_get_n_participants (self);
  for (guint i = 0; i < n; i++)
    if (!state_person (&self->current, i)->voted)
      return FALSE;

  return TRUE;
}

gboolean
sw_meeting_get_blind (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);

  return self->blind;
}

void
sw_meeting_set_blind (SwMeeting *self,
                       gboolean    blind)
{
  g_return_if_fail (SW_IS_MEETING (self));

  blind = !!blind;
  if (self->blind == blind)
    return;

  self->blind = blind;
  set_modified (self, TRUE);
  /* Those who have voted are sealed from now on: undo must not reach back to
   * before their vote. */
  if (blind && is_sealed (self))
    {
      gboolean could_undo = sw_meeting_can_undo (self);
      gboolean could_redo = sw_meeting_can_redo (self);

      g_ptr_array_set_size (self->undo_stack, 0);
      g_ptr_array_set_size (self->redo_stack, 0);
      if (self->change_start != NULL)
        {
          state_free (self->change_start);
          self->change_start = state_copy (self, &self->current);
        }
      notify_history (self, could_undo, could_redo);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLIND]);
  /* What the pane may show depends on it. */
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
sw_meeting_get_notes (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), "");

  return self->notes;
}

void
sw_meeting_set_notes (SwMeeting *self,
                       const char *notes)
{
  g_return_if_fail (SW_IS_MEETING (self));

  if (notes == NULL)
    notes = "";
  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  set_modified (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

SwTeam *
sw_meeting_new_team (SwMeeting *self)
{
  guint n;
  g_autofree double *weights = NULL;

  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  n = sw_meeting_get_n_participants (self);
  if (n < 2)
    return NULL;

  weights = g_new (double, n * self->n_criteria);
  for (guint p = 0; p < n; p++)
    memcpy (weights + p * self->n_criteria, state_person (&self->current, p)->weights,
            sizeof (double) * self->n_criteria);

  return sw_team_new (sw_meeting_get_situated_dataset (self), weights, n);
}

gboolean
sw_meeting_get_modified (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);

  return self->modified;
}

void
sw_meeting_set_modified (SwMeeting *self,
                          gboolean    modified)
{
  g_return_if_fail (SW_IS_MEETING (self));

  set_modified (self, !!modified);
}

/* Loading, files and ballots */

void
sw_meeting_load_participant (SwMeeting   *self,
                              const char   *name,
                              const double *weights,
                              gboolean      voted)
{
  ParticipantSnapshot *person;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (weights != NULL);

  /* The one person alone was nobody: the first participant takes their place. */
  if (state_is_alone (&self->current))
    g_ptr_array_set_size (self->current.people, 0);

  person = person_new (name, NULL, self->n_criteria);
  for (guint c = 0; c < self->n_criteria; c++)
    person->weights[c] = isnan (weights[c]) ? SW_MEETING_DEFAULT_WEIGHT : clamp_weight (weights[c]);
  person->voted = !!voted;
  g_ptr_array_add (self->current.people, person);
}

void
sw_meeting_load_finish (SwMeeting *self,
                         guint       active,
                         const char *preset_id)
{
  SwMeetingState *next;
  ParticipantSnapshot *person;

  g_return_if_fail (SW_IS_MEETING (self));

  next = next_state (self);
  next->active = MIN (active, next->people->len - 1);
  /* The saved preset belongs to the weights the form showed, if they still match it. */
  person = active_person (next);
  g_clear_pointer (&person->preset_id, g_free);
  if (preset_id != NULL)
    {
      int preset = sw_dataset_find_preset (self->dataset, preset_id);

      if (preset >= 0 &&
          memcmp (sw_dataset_get_preset (self->dataset, preset)->weights, person->weights,
                  sizeof (double) * self->n_criteria) == 0)
        person->preset_id = g_strdup (preset_id);
    }
  replace_state (self, next);
  set_modified (self, FALSE);
}

void
sw_meeting_set_file_times (SwMeeting *self,
                            GDateTime  *created,
                            GDateTime  *saved)
{
  g_return_if_fail (SW_IS_MEETING (self));

  if (created != NULL)
    g_date_time_ref (created);
  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = created;
  if (saved != NULL)
    g_date_time_ref (saved);
  g_clear_pointer (&self->saved, g_date_time_unref);
  self->saved = saved;
}

GDateTime *
sw_meeting_get_created (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  return self->created;
}

GDateTime *
sw_meeting_get_saved (SwMeeting *self)
{
  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  return self->saved;
}

void
sw_meeting_replace (SwMeeting *self,
                     SwMeeting *meeting)
{
  SwMeetingState *state;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (SW_IS_MEETING (meeting));
  g_return_if_fail (self != meeting);
  g_return_if_fail (g_strcmp0 (sw_dataset_get_id (meeting->dataset), sw_dataset_get_id (self->dataset)) == 0);
  g_return_if_fail (meeting->n_criteria == self->n_criteria);

  /* The meeting's state moves here with its participants' objects; it keeps
   * one person alone, as if new. */
  state = g_new0 (SwMeetingState, 1);
  *state = meeting->current;
  state_init (&meeting->current);
  g_ptr_array_add (meeting->current.people, person_new (NULL, NULL, meeting->n_criteria));
  g_ptr_array_set_size (meeting->undo_stack, 0);
  g_ptr_array_set_size (meeting->redo_stack, 0);
  sync_participants (meeting);

  replace_state (self, state);

  if (self->blind != meeting->blind)
    {
      self->blind = meeting->blind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLIND]);
    }
  if (g_strcmp0 (self->notes, meeting->notes) != 0)
    {
      g_free (self->notes);
      self->notes = g_strdup (meeting->notes);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
    }
  sw_meeting_set_file_times (self, meeting->created, meeting->saved);
  /* Blind mode may hide what ::changed showed a moment ago. */
  g_signal_emit (self, signals[CHANGED], 0);
  set_modified (self, FALSE);
}

SwVerdict *
sw_meeting_evaluate (SwMeeting  *self,
                      SwTeam     **out_team)
{
  g_autoptr(SwVerdict) verdict = NULL;
  g_autoptr(SwTeam) team = NULL;

  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  team = sw_meeting_new_team (self);
  if (team != NULL)
    verdict = sw_verdict_ref (sw_team_get_verdict (team));
  else
    verdict = sw_evaluate_new (sw_meeting_get_situated_dataset (self), sw_meeting_get_weights (self));
  sw_verdict_estimate_robustness (verdict);

  if (out_team != NULL)
    *out_team = g_steal_pointer (&team);

  return g_steal_pointer (&verdict);
}

/* GObject */

static void
sw_meeting_constructed (GObject *object)
{
  SwMeeting *self = SW_MEETING (object);

  G_OBJECT_CLASS (sw_meeting_parent_class)->constructed (object);

  g_assert (SW_IS_DATASET (self->dataset));

  self->n_criteria = sw_dataset_get_n_criteria (self->dataset);
  g_ptr_array_add (self->current.people, person_new (NULL, NULL, self->n_criteria));
}

static void
sw_meeting_finalize (GObject *object)
{
  SwMeeting *self = SW_MEETING (object);

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->change_start, state_free);
  state_clear (&self->current);
  g_clear_object (&self->participants);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->saved, g_date_time_unref);
  g_free (self->notes);
  g_clear_object (&self->situated);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (sw_meeting_parent_class)->finalize (object);
}

static void
sw_meeting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SwMeeting *self = SW_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_PRESET_ID:
      g_value_set_string (value, sw_meeting_get_preset_id (self));
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sw_meeting_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, sw_meeting_can_redo (self));
      break;

    case PROP_ACTIVE_PARTICIPANT:
      g_value_set_uint (value, self->current.active);
      break;

    case PROP_BLIND:
      g_value_set_boolean (value, self->blind);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_meeting_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SwMeeting *self = SW_MEETING (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;

    case PROP_BLIND:
      sw_meeting_set_blind (self, g_value_get_boolean (value));
      break;

    case PROP_NOTES:
      sw_meeting_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_meeting_class_init (SwMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sw_meeting_constructed;
  object_class->finalize = sw_meeting_finalize;
  object_class->get_property = sw_meeting_get_property;
  object_class->set_property = sw_meeting_set_property;

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
  properties[PROP_ACTIVE_PARTICIPANT] =
    g_param_spec_uint ("active-participant", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BLIND] =
    g_param_spec_boolean ("blind", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SwMeeting::changed:
   *
   * Something that changes the verdict or what may be shown of it: weights, a
   * preset, the participants, the active participant, blind mode. Once per
   * change, including every change inside a gesture, an undo, a redo, a
   * restore and a loaded meeting file.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * SwMeeting::participants-changed:
   *
   * The participants were added, removed or renamed, a vote changed, or
   * another participant became active. Follows ::changed.
   */
  signals[PARTICIPANTS_CHANGED] =
    g_signal_new ("participants-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sw_meeting_init (SwMeeting *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (state_free);
  self->redo_stack = g_ptr_array_new_with_free_func (state_free);
  state_init (&self->current);
  self->participants = g_list_store_new (SW_TYPE_PARTICIPANT);
  self->notes = g_strdup ("");
}
