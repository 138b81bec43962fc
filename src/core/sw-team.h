/* sw-team.h — team votes: the team's weights, each participant's verdict, consensus, leave-one-out
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The definitions are explained in docs/scoring.md, "Team votes".
 */

#pragma once

#include <glib-object.h>

#include "sw-dataset.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

/* The most participants a team (and a meeting file) can have. */
#define SW_TEAM_MAX_PARTICIPANTS 32
/* How many criteria "the team disagrees most on" names at most. */
#define SW_TEAM_MAX_DISAGREEMENTS 3
/* A criterion counts as disagreed on when the standard deviation of its shares
 * (each participant's weight on it over their total) is at least this: two
 * people 10 percentage points apart. */
#define SW_TEAM_DISAGREEMENT_MIN_SPREAD 0.05
/* The team's weights are its mean shares scaled to add up to this. */
#define SW_TEAM_WEIGHT_TOTAL 10.0
/* A participant's tipping sentence lists at most this many current values. */
#define SW_TEAM_MAX_LISTED_VALUES 8

typedef struct
{
  guint  criterion;   /* index into the dataset's criteria */
  double spread;      /* population standard deviation of the participants' shares (0..1) */
  double lowest;      /* the smallest share anyone gave it (0..1) */
  double highest;     /* the largest */
} SwDisagreement;

#define SW_TYPE_TEAM (sw_team_get_type ())

typedef struct _SwTeam SwTeam;

GType                 sw_team_get_type                    (void) G_GNUC_CONST;

/* Pure helpers, allocation-free. weights holds n_participants rows of n_criteria
 * weights (row-major by participant); values outside 0..10 are clamped, NaN counts as 0. */

/* The team's weights: the mean of the participants' shares (each one's weights
 * over their total), scaled to add up to SW_TEAM_WEIGHT_TOTAL. Participants who set
 * nothing have no say; when nobody set anything, all 0. */
void                  sw_team_mean_weights                (const double *weights,
                                                           guint         n_participants,
                                                           guint         n_criteria,
                                                           double       *out_mean);
/* Mean pairwise overlap of the participants' priorities, 0..1: each participant's
 * weights divided by their sum, and for two participants Σ_c min(p_c, q_c). Participants
 * with every weight 0 state no priority and are left out; with fewer than two left, 1. */
double                sw_team_consensus                   (const double *weights,
                                                           guint         n_participants,
                                                           guint         n_criteria);
/* TRUE when the two verdicts say the same thing: the same kind and, when the kind
 * is a technology, the same leader. */
gboolean              sw_team_same_verdict                (SwVerdict    *a,
                                                           SwVerdict    *b);

/* Evaluates a team: n_participants from 1 to SW_TEAM_MAX_PARTICIPANTS. The result is
 * immutable except for robustness, which a caller may estimate on the verdicts. */
SwTeam               *sw_team_new                         (SwDataset    *dataset,
                                                           const double *weights,
                                                           guint         n_participants);
SwTeam               *sw_team_ref                         (SwTeam       *self);
void                  sw_team_unref                       (SwTeam       *self);

guint                 sw_team_get_n_participants          (SwTeam       *self);
/* The mean weights, n_criteria of them. */
const double         *sw_team_get_weights                 (SwTeam       *self);
/* The verdict of the mean weights. */
SwVerdict            *sw_team_get_verdict                 (SwTeam       *self);
/* Each participant's own verdict, from their weights alone. */
SwVerdict            *sw_team_get_participant_verdict     (SwTeam       *self,
                                                           guint         participant);
/* TRUE when the participant's own verdict is the team's (sw_team_same_verdict). */
gboolean              sw_team_participant_agrees          (SwTeam       *self,
                                                           guint         participant);
/* How many participants with a say have the team's verdict as their own. */
guint                 sw_team_get_n_agreeing              (SwTeam       *self);
/* How many participants set some weight above 0. */
guint                 sw_team_get_n_with_say              (SwTeam       *self);
/* The share (0..1) of the participants with a say whose own verdict is the team's;
 * 1 when nobody has a say. */
double                sw_team_get_agreement               (SwTeam       *self);
/* The participant's own verdict (from `weights`, that participant's row), with the
 * tipping points of *their* sliders for the *team's* answer: the value of one slider
 * where the team's leader changes, every other slider of theirs and everyone else
 * held (docs/scoring.md, "Tipping points in a team"). For the sliders' marks. */
SwVerdict            *sw_team_dup_participant_marks       (SwTeam       *self,
                                                           guint         participant,
                                                           const double *weights);
/* sw_team_consensus() of the participants' weights. */
double                sw_team_get_consensus               (SwTeam       *self);

/* Criteria whose spread is at least SW_TEAM_DISAGREEMENT_MIN_SPREAD, largest
 * first, at most SW_TEAM_MAX_DISAGREEMENTS. */
guint                 sw_team_get_n_disagreements         (SwTeam       *self);
const SwDisagreement *sw_team_get_disagreement            (SwTeam       *self,
                                                           guint         index);
/* Population standard deviation of one criterion's weights (0 for one participant). */
double                sw_team_get_spread                  (SwTeam       *self,
                                                           guint         criterion);

/* Leave-one-out: the team's verdict from the mean of everyone else's weights.
 * FALSE for a team of one (nobody would be left). */
gboolean              sw_team_is_decisive                 (SwTeam       *self,
                                                           guint         participant);
/* What the verdict would be without the participant: its kind and leader
 * (-1 when no priority would be left, or for a team of one). */
SwVerdictKind         sw_team_get_kind_without            (SwTeam       *self,
                                                           guint         participant);
int                   sw_team_get_leader_without          (SwTeam       *self,
                                                           guint         participant);
/* How many participants are decisive. */
guint                 sw_team_get_n_decisive              (SwTeam       *self);

/* Ready-made text (translated; numbers with one decimal). */

/* "Node.js", "Hybrid" or "Undecided": a verdict in a word or two, for tables. */
char                 *sw_team_dup_verdict_label           (SwVerdict    *verdict);
/* "Priorities overlap 78%": sw_team_get_consensus() */
char                 *sw_team_dup_consensus_label         (SwTeam       *self);
/* "2 of 3 participants reach the team's verdict on their own." */
char                 *sw_team_dup_agreement_sentence      (SwTeam       *self);
/* "Data & ML: from 5% to 40% of someone’s weight" */
char                 *sw_team_dup_disagreement_sentence   (SwTeam       *self,
                                                           guint         index);
/* "Without Ana, Python would be the better fit." or "Without Ana, the verdict stays the same."
 * NULL for a team of one. */
char                 *sw_team_dup_without_sentence        (SwTeam       *self,
                                                           guint         participant,
                                                           const char   *name);

/* For a large team, instead of one sentence per person: */
/* "Each person's own verdict: Python 20, Node.js 10, Hybrid 2." (technologies in the
 * dataset's order, then hybrid and undecided; none named that nobody reached). */
char                 *sw_team_dup_own_verdicts_sentence   (SwTeam       *self);
/* Who decides the answer alone (docs/scoring.md, "Leave-one-out"): "Nobody decides the
 * answer alone: without any one participant, the verdict stays the same." or the
 * sw_team_dup_without_sentence() of each decisive participant (at most `max_named`,
 * then "3 other participants also decide it alone."), then "Without anyone
 * else, the verdict stays the same." NULL for a team of one. */
char                 *sw_team_dup_decisive_summary        (SwTeam              *self,
                                                           const char * const  *names,
                                                           guint                max_named);

/* The team's part of a summary, one sentence group a line, for the command line and
 * the clipboard: consensus and agreement; each participant's own verdict and what
 * the verdict would be without them; the criteria disagreed on most. `names` holds
 * one name per participant. */
char                 *sw_team_format_text                 (SwTeam              *self,
                                                           const char * const  *names);

/* "Ana’s sliders, everyone else held: Raise Data & ML above 6.5 and Python takes the
 * lead. Now: Ana 4.0, Ben 9.0, Cleo 5.0.": tipping point `index` of `marks` (from
 * sw_team_dup_participant_marks()), with every participant's current value on that
 * criterion. weights holds every participant's row; names one name each. */
char                 *sw_team_dup_participant_tipping_sentence (SwTeam             *self,
                                                                SwVerdict          *marks,
                                                                guint               index,
                                                                guint               participant,
                                                                const double       *weights,
                                                                const char * const *names);

/* "None of Ana’s sliders alone changes the team’s answer.": for a participant whose
 * marks (sw_team_dup_participant_marks()) have no tipping point. */
char                 *sw_team_dup_no_tipping_sentence     (SwTeam             *self,
                                                           const char         *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwTeam, sw_team_unref)

G_END_DECLS
