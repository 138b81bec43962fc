/* sw-scenario.h — a meeting saved as a .stackwise file: participants, weights, notes
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file format is described in docs/scenario-format.md.
 */

#pragma once

#include <gio/gio.h>

#include "sw-dataset.h"
#include "sw-team.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

/* The newest scenario format this build reads and the one it writes. */
#define SW_SCENARIO_FORMAT_VERSION 2
/* The value of the "kind" member, which tells a scenario from other JSON files. */
#define SW_SCENARIO_KIND "stackwise-scenario"
/* The file name extension, with its dot, and the content type for file choosers. */
#define SW_SCENARIO_EXTENSION ".stackwise"
#define SW_SCENARIO_MIME_TYPE "application/x-stackwise-scenario"
/* Larger files are refused before parsing. */
#define SW_SCENARIO_MAX_BYTES (1024 * 1024)
/* A ballot from a participant's device: larger ones are refused before parsing. */
#define SW_SCENARIO_MAX_BALLOT_BYTES (8 * 1024)
/* A participant's name: 1 to 64 characters. */
#define SW_SCENARIO_MAX_NAME_LENGTH 64
/* The same limit as a team's (SW_TEAM_MAX_PARTICIPANTS). */
#define SW_SCENARIO_MAX_PARTICIPANTS 32

#define SW_SCENARIO_ERROR (sw_scenario_error_quark ())

/* Loading errors. Saving errors keep GIO's domain and code (G_IO_ERROR_PERMISSION_DENIED,
 * G_IO_ERROR_NO_SPACE, …) with a message that names the file and says why. */
typedef enum
{
  SW_SCENARIO_ERROR_IO,                /* cannot read the file */
  SW_SCENARIO_ERROR_TOO_LARGE,         /* over SW_SCENARIO_MAX_BYTES */
  SW_SCENARIO_ERROR_NOT_JSON,          /* empty, not UTF-8, a syntax error */
  SW_SCENARIO_ERROR_TRUNCATED,         /* the JSON stops in the middle */
  SW_SCENARIO_ERROR_NOT_SCENARIO,      /* JSON, but not a scenario (a dataset, say) */
  SW_SCENARIO_ERROR_NEWER_FORMAT,      /* made for a newer Stackwise */
  SW_SCENARIO_ERROR_OTHER_DATASET,     /* for a dataset other than the one given */
  SW_SCENARIO_ERROR_SHAPE,             /* a value of the wrong type */
  SW_SCENARIO_ERROR_MISSING_FIELD,     /* a required member is absent */
  SW_SCENARIO_ERROR_OUT_OF_RANGE,      /* a weight, index or count outside its limits */
  SW_SCENARIO_ERROR_UNKNOWN_REFERENCE, /* a criterion or preset the dataset does not have */
  SW_SCENARIO_ERROR_DUPLICATE_NAME,    /* two participants with the same name */
} SwScenarioError;

typedef struct
{
  char     *name;
  double   *weights;   /* one per criterion of the scenario's dataset, in criteria order, 0..10 */
  gboolean  voted;     /* has finished setting their weights (blind mode waits for everyone) */
} SwScenarioParticipant;

#define SW_TYPE_SCENARIO (sw_scenario_get_type ())

/* The scenario in memory: a plain structure. With no participants it is one person
 * alone, whose weights are `weights`; with participants, each has their own and
 * `weights` is not saved. */
typedef struct
{
  SwDataset  *dataset;       /* owned; the weights follow its criteria */
  double     *weights;       /* one person alone: n_criteria weights */
  GPtrArray  *participants;  /* of SwScenarioParticipant *, owned; empty for one person alone */
  guint       active;        /* the participant whose weights the form shows */
  gboolean    blind;         /* hide the team's result until everyone has voted */
  char       *preset_id;     /* the preset the weights started from, or NULL */
  SwSituation situation;     /* the team's skills and existing systems, the same for everyone */
  char       *notes;         /* the meeting's context; never NULL */
  GDateTime  *created;       /* NULL until the first save */
  GDateTime  *modified;      /* NULL until the first save */
} SwScenario;

GQuark          sw_scenario_error_quark          (void);
GType           sw_scenario_get_type             (void) G_GNUC_CONST;

/* One person alone, every weight at `default_weight`, no notes. */
SwScenario     *sw_scenario_new                  (SwDataset    *dataset,
                                                  double        default_weight);
SwScenario     *sw_scenario_copy                 (const SwScenario *self);
void            sw_scenario_free                 (SwScenario   *self);

/* Appends a participant with a copy of the weights (n_criteria of them); returns it. */
SwScenarioParticipant  *sw_scenario_add_participant      (SwScenario   *self,
                                                  const char   *name,
                                                  const double *weights,
                                                  gboolean      voted);
guint           sw_scenario_get_n_participants   (const SwScenario *self);
SwScenarioParticipant  *sw_scenario_get_participant      (const SwScenario *self,
                                                  guint         index);
/* The weights the form shows: the active participant's, or `weights` alone. */
const double   *sw_scenario_get_active_weights   (const SwScenario *self);

/* Reads and validates a scenario for `dataset`. display_name names the source in
 * messages ("meeting.stackwise"). Every message is one line: the name, where in the
 * file, and the problem. */
SwScenario     *sw_scenario_new_from_bytes       (GBytes       *bytes,
                                                  const char   *display_name,
                                                  SwDataset    *dataset,
                                                  GError      **error);
SwScenario     *sw_scenario_new_from_file        (GFile        *file,
                                                  SwDataset    *dataset,
                                                  GCancellable *cancellable,
                                                  GError      **error);

/* A ballot sent from a participant's device: {"name": "Ana", "weights": {…}},
 * at most SW_SCENARIO_MAX_BALLOT_BYTES, with a weight for every criterion. The
 * name and weights are checked exactly as a participant's in a file.
 * out_weights holds n_criteria values. */
gboolean        sw_scenario_read_ballot          (SwDataset    *dataset,
                                                  GBytes       *bytes,
                                                  const char   *display_name,
                                                  char        **out_name,
                                                  double       *out_weights,
                                                  GError      **error);

/* The JSON text of the scenario, as it would be saved (with its current times). */
char           *sw_scenario_to_data              (const SwScenario *self,
                                                  gsize        *length);
/* Writes the file atomically (a temporary file renamed over the old one), so a
 * failed save leaves the previous file as it was. Sets `modified` (and `created`,
 * the first time) to now only when the save succeeds. */
gboolean        sw_scenario_save_to_file         (SwScenario   *self,
                                                  GFile        *file,
                                                  GCancellable *cancellable,
                                                  GError      **error);

/* The verdict a scenario leads to, as the window shows it: for two or more
 * participants the team's (the mean of their weights), otherwise the weights of the
 * one person. Robustness is estimated. `out_team` (may be NULL) receives the team,
 * or NULL when there are fewer than two participants. */
SwVerdict      *sw_scenario_evaluate             (const SwScenario *scenario,
                                                  SwTeam          **out_team);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwScenario, sw_scenario_free)

G_END_DECLS
