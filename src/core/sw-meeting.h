/* sw-meeting.h — the state a meeting changes: participants, weights, presets, notes, undo and redo
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include <gio/gio.h>

#include "sw-dataset.h"
#include "sw-participant.h"
#include "sw-team.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

/* The weight every criterion starts with, and returns to on reset: nothing stated. */
#define SW_MEETING_DEFAULT_WEIGHT 0.0
/* How many steps undo reaches back. */
#define SW_MEETING_HISTORY_LIMIT 200

#define SW_TYPE_MEETING (sw_meeting_get_type ())

G_DECLARE_FINAL_TYPE (SwMeeting, sw_meeting, SW, MEETING, GObject)

/* Every weight at SW_MEETING_DEFAULT_WEIGHT, no preset, empty history. */
SwMeeting   *sw_meeting_new               (SwDataset    *dataset);
/* For a replaced dataset: weights of criteria whose id still exists are kept,
 * the others start at the default; the preset is kept when the new dataset has
 * it and the weights still equal it. The history starts empty. */
SwMeeting   *sw_meeting_new_from          (SwDataset    *dataset,
                                             SwMeeting   *previous);

SwDataset    *sw_meeting_get_dataset       (SwMeeting   *self);
/* Whether the active participant has voted while a blind vote hides the
 * result: their weights are sealed, and setting weights, a preset or Reset
 * leaves them as they are (they change only by clearing or casting a ballot). */
gboolean      sw_meeting_get_active_sealed (SwMeeting   *self);

/* The weights the form shows and edits: the active participant's once there are
 * participants (the team's verdict comes from sw_meeting_new_team()), otherwise
 * the one person's. One per criterion, in criteria order, each 0..10. */
const double *sw_meeting_get_weights       (SwMeeting   *self);
double        sw_meeting_get_weight        (SwMeeting   *self,
                                             guint         criterion);
/* Clamps to 0..10; NaN is ignored. A change made by hand clears the preset.
 * One undo step, unless inside begin_change()/end_change(). */
void          sw_meeting_set_weight        (SwMeeting   *self,
                                             guint         criterion,
                                             double        weight);
/* n_weights must be the number of criteria. One undo step; clears the preset. */
void          sw_meeting_set_weights       (SwMeeting   *self,
                                             const double *weights,
                                             guint         n_weights);

/* The preset whose weights are in place (for the active participant), or NULL
 * once a weight was changed by hand. */
const char   *sw_meeting_get_preset_id     (SwMeeting   *self);
/* One undo step. FALSE (and nothing changes) when the dataset has no such preset. */
gboolean      sw_meeting_apply_preset      (SwMeeting   *self,
                                             const char   *preset_id);
/* Every weight back to SW_MEETING_DEFAULT_WEIGHT, no preset, nothing stated
 * about the situation. One undo step. */
void          sw_meeting_reset             (SwMeeting   *self);

/* The team's situation (docs/scoring.md): the same for every participant.
 * Each change is one undo step; applying a preset sets the facts it states. */
const SwSituation *sw_meeting_get_situation (SwMeeting        *self);
void          sw_meeting_set_situation     (SwMeeting        *self,
                                             const SwSituation *situation);
/* SW_SKILL_NOT_STATED (any negative number) clears it; levels are rounded to a tenth. */
void          sw_meeting_set_skill         (SwMeeting   *self,
                                             guint         technology,
                                             double        level);
/* A technology index, SW_EXISTING_NONE or SW_EXISTING_NOT_STATED. */
void          sw_meeting_set_existing      (SwMeeting   *self,
                                             int           existing);
/* The dataset with the situation's fits filled in: what to evaluate against. */
SwDataset    *sw_meeting_get_situated_dataset (SwMeeting *self);

/* Replaces the state without an undo step and clears the history: for state
 * restored at start-up. Out-of-range weights are clamped, NaN becomes the
 * default; an unknown preset id is dropped. */
void          sw_meeting_restore           (SwMeeting   *self,
                                             const double *weights,
                                             const char   *preset_id);

/* The same for the situation (restored at start-up): no undo step, the history
 * cleared; levels outside 0..10 and unknown technologies count as not stated. */
void          sw_meeting_restore_situation (SwMeeting        *self,
                                             const SwSituation *situation);
/* A gesture (a whole slider drag): the changes between begin and end are one
 * undo step. Calls nest; ::changed still fires for every change inside. */
void          sw_meeting_begin_change      (SwMeeting   *self);
void          sw_meeting_end_change        (SwMeeting   *self);
gboolean      sw_meeting_is_changing       (SwMeeting   *self);

gboolean      sw_meeting_can_undo          (SwMeeting   *self);
gboolean      sw_meeting_can_redo          (SwMeeting   *self);
/* FALSE when there is nothing to undo or redo. */
gboolean      sw_meeting_undo              (SwMeeting   *self);
gboolean      sw_meeting_redo              (SwMeeting   *self);

/* Participants. With none, one person decides alone and sees no team features.
 * Adding, renaming and removing are undo steps; ::participants-changed fires when
 * the list, a name, a vote or the active participant changes. */

/* The participants as a list of SwParticipant, for lists that bind rows to
 * them: empty for one person alone. Adding and removing emit ::items-changed
 * (one splice per change, a loaded meeting included); renames, votes, weights,
 * presets and the active participant are property notifications on the objects,
 * which stay the same for as long as the participant exists. An undone removal
 * brings the very object back. Position i is participant index i below. */
GListModel   *sw_meeting_get_participants       (SwMeeting   *self);
/* The object at index `participant`, owned by the decision. */
SwParticipant *sw_meeting_get_participant       (SwMeeting   *self,
                                                  guint         participant);
/* Where `participant` is now; FALSE when it is no longer in the meeting. */
gboolean      sw_meeting_find_participant       (SwMeeting    *self,
                                                  SwParticipant *participant,
                                                  guint         *position);

/* 0 for one person alone. */
guint         sw_meeting_get_n_participants     (SwMeeting   *self);
const char   *sw_meeting_get_participant_name   (SwMeeting   *self,
                                                  guint         participant);
const double *sw_meeting_get_participant_weights (SwMeeting  *self,
                                                  guint         participant);
gboolean      sw_meeting_get_participant_voted  (SwMeeting   *self,
                                                  guint         participant);
/* "Not everyone had finished voting: Cleo, Dan." (those who have not voted,
 * in their order), or NULL when everyone has or one person decides alone. */
char         *sw_meeting_dup_not_voted_sentence (SwMeeting   *self);
/* Adds a participant with every weight at the default and makes them active;
 * returns their index. A team starts with two: when one person was deciding
 * alone, their weights become the first participant ("Participant 1") and the
 * new one is the second. `name` NULL picks "Participant N". At most
 * SW_TEAM_MAX_PARTICIPANTS; beyond, nothing happens and -1 is returned. */
int           sw_meeting_add_participant        (SwMeeting   *self,
                                                  const char   *name);
/* FALSE (and nothing changes) for an empty name, one over
 * SW_PARTICIPANT_MAX_NAME_LENGTH characters, or one another participant has. */
gboolean      sw_meeting_rename_participant     (SwMeeting   *self,
                                                  guint         participant,
                                                  const char   *name);
/* Removing down to one person leaves them deciding alone with their weights. */
void          sw_meeting_remove_participant     (SwMeeting   *self,
                                                  guint         participant);
guint         sw_meeting_get_active_participant (SwMeeting   *self);
/* Whose weights the form edits; not an undo step. */
void          sw_meeting_set_active_participant (SwMeeting   *self,
                                                  guint         participant);
/* Whether they have finished voting (blind mode waits for everyone). An undo
 * step, except in a blind vote: there a vote cast is not undone, and unmarking
 * someone whose ballot is sealed (the result still hidden) clears their ballot
 * (every weight back to the default) so that they vote again; both forget the
 * history, so that no undo shows a sealed ballot's weights (docs/ballots.md). */
void          sw_meeting_set_participant_voted  (SwMeeting   *self,
                                                  guint         participant,
                                                  gboolean      voted);
/* A ballot from a participant's own device: `weights` (n_criteria, clamped)
 * become `name`'s and they are marked voted; a name not in the meeting joins
 * it, without becoming the active participant (in a meeting that named
 * nobody, the one person alone gives way to the first ballot). Not an undo
 * step, and the history is forgotten (a ballot is not taken back by Undo).
 * Returns the participant's index; -1, and nothing changes, for an invalid new
 * name or a full meeting. */
int           sw_meeting_cast_ballot            (SwMeeting   *self,
                                                  const char   *name,
                                                  const double *weights);
/* How many participants have voted. */
guint         sw_meeting_get_n_voted            (SwMeeting   *self);
/* TRUE when every participant has voted (and with no participants). */
gboolean      sw_meeting_get_everyone_voted     (SwMeeting   *self);

/* Blind mode: the team's result stays hidden until everyone has voted. */
gboolean      sw_meeting_get_blind              (SwMeeting   *self);
void          sw_meeting_set_blind              (SwMeeting   *self,
                                                  gboolean      blind);
/* The meeting's notes (never NULL). Not an undo step. */
const char   *sw_meeting_get_notes              (SwMeeting   *self);
void          sw_meeting_set_notes              (SwMeeting   *self,
                                                  const char   *notes);

/* The team's figures from the participants' weights, or NULL with fewer than two. */
SwTeam       *sw_meeting_new_team               (SwMeeting   *self);

/* TRUE after any change since the decision was created, loaded or marked saved. */
gboolean      sw_meeting_get_modified           (SwMeeting   *self);
void          sw_meeting_set_modified           (SwMeeting   *self,
                                                  gboolean      modified);

/* The meeting's verdict as the exports show it: the team's (the mean of the
 * participants' shares) with two or more participants, otherwise the active
 * weights'; robustness estimated. `out_team` (may be NULL) receives the team, or
 * NULL with fewer than two. What a blind vote may show is sw_blind_vote_evaluate()'s. */
SwVerdict    *sw_meeting_evaluate               (SwMeeting   *self,
                                                  SwTeam      **out_team);

/* Another meeting for the same dataset, as a loaded file or a new meeting: self
 * takes everything it holds (participants with their very objects, weights,
 * situation, blind mode, notes, file times); the history is cleared and self is
 * not modified. `meeting` is left as a new meeting of one person alone. */
void          sw_meeting_replace                (SwMeeting   *self,
                                                  SwMeeting   *meeting);

/* When the meeting's file was first and last saved (sw-meeting-file), or NULL. */
GDateTime    *sw_meeting_get_created            (SwMeeting   *self);
GDateTime    *sw_meeting_get_saved              (SwMeeting   *self);

G_END_DECLS
