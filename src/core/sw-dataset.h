/* sw-dataset.h — an immutable comparison dataset: technologies, criteria, fits, presets, sections
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sw-block.h"
#include "sw-situation.h"

G_BEGIN_DECLS

/* The newest dataset format this build reads. */
#define SW_DATASET_FORMAT_VERSION 1
/* Larger files are refused before parsing. */
#define SW_DATASET_MAX_BYTES (4 * 1024 * 1024)
/* The shipped dataset, compiled into the core's GResource. */
#define SW_DATASET_DEFAULT_RESOURCE "/io/github/stackwise/Stackwise/datasets/python-vs-nodejs.json"
/* The shipped dataset's origin (sw_dataset_get_origin); only its texts are translated. */
#define SW_DATASET_ORIGIN_BUILT_IN "built-in"

#define SW_DATASET_ERROR (sw_dataset_error_quark ())

typedef enum
{
  SW_DATASET_ERROR_IO,              /* cannot read the file */
  SW_DATASET_ERROR_TOO_LARGE,       /* over SW_DATASET_MAX_BYTES */
  SW_DATASET_ERROR_NOT_JSON,        /* syntax error (message has line:column) */
  SW_DATASET_ERROR_SHAPE,           /* a value of the wrong type or an unknown block type */
  SW_DATASET_ERROR_MISSING_FIELD,   /* a required field is absent */
  SW_DATASET_ERROR_DUPLICATE_ID,    /* an id repeats within its list */
  SW_DATASET_ERROR_UNKNOWN_REFERENCE, /* names a technology, criterion or preset that does not exist */
  SW_DATASET_ERROR_OUT_OF_RANGE,    /* a number or a count outside its limits */
  SW_DATASET_ERROR_NEWER_FORMAT,    /* made for a newer Stackwise */
  SW_DATASET_ERROR_TRUNCATED,       /* ends inside a string, object or list: cut off */
} SwDatasetError;

typedef struct
{
  char *id;
  char *name;
  char *summary;
  char *color;      /* "#rrggbb" */
} SwTechnology;

/* Where a criterion's fits come from: the dataset, or the team's answer
 * (docs/dataset-format.md, "Team-answered criteria"). */
typedef enum
{
  SW_ANSWER_NONE,      /* fits from the dataset */
  SW_ANSWER_SKILLS,    /* fit = the team's skill level in each technology */
  SW_ANSWER_EXISTING,  /* fit = 10 for the existing systems' technology, 0 for the others */
} SwAnswer;

typedef struct
{
  char     *id;
  char     *name;
  char     *help;
  char     *group;
  SwAnswer  answer;
} SwCriterion;

typedef struct
{
  double value;     /* 0..10 */
  double low;       /* 0..value */
  double high;      /* value..10 */
  char *rationale;
} SwFit;

typedef struct
{
  char *id;
  char *name;
  char *audience;
  char *reason;
  char *expected;   /* a technology id, or NULL when the guide names none */
  double *weights;  /* n_criteria entries, in criteria order, each 0..10 */
  SwSituation situation; /* the facts its guide cell states; the rest not stated */
} SwPreset;

typedef struct
{
  char *id;
  char *title;
  char *icon;       /* symbolic icon name, or NULL */
  SwBlock  **blocks; /* n_blocks, each checked against docs/dataset-format.md */
  guint      n_blocks;
} SwSection;

#define SW_TYPE_DATASET (sw_dataset_get_type ())

G_DECLARE_FINAL_TYPE (SwDataset, sw_dataset, SW, DATASET, GObject)

GQuark              sw_dataset_error_quark           (void);

/* display_name names the source in error messages and in the window ("python-vs-nodejs.json"). */
SwDataset          *sw_dataset_new_from_bytes        (GBytes       *bytes,
                                                      const char   *display_name,
                                                      GError      **error);
SwDataset          *sw_dataset_new_from_file         (GFile        *file,
                                                      GCancellable *cancellable,
                                                      GError      **error);
SwDataset          *sw_dataset_new_from_path         (const char   *path,
                                                      GError      **error);
/* The shipped dataset; a new reference each call, loaded once. */
SwDataset          *sw_dataset_get_default           (void);

const char         *sw_dataset_get_id                (SwDataset    *self);
const char         *sw_dataset_get_title             (SwDataset    *self);
const char         *sw_dataset_get_subtitle          (SwDataset    *self);
const char         *sw_dataset_get_source            (SwDataset    *self);
/* Where it was loaded from: a file's basename or SW_DATASET_ORIGIN_BUILT_IN. */
const char         *sw_dataset_get_origin            (SwDataset    *self);

guint               sw_dataset_get_n_technologies    (SwDataset    *self);
const SwTechnology *sw_dataset_get_technology        (SwDataset    *self,
                                                      guint         index);
int                 sw_dataset_find_technology       (SwDataset    *self,
                                                      const char   *id);

guint               sw_dataset_get_n_criteria        (SwDataset    *self);
const SwCriterion  *sw_dataset_get_criterion         (SwDataset    *self,
                                                      guint         index);
int                 sw_dataset_find_criterion        (SwDataset    *self,
                                                      const char   *id);

const SwFit        *sw_dataset_get_fit               (SwDataset    *self,
                                                      guint         technology,
                                                      guint         criterion);
/* n_technologies × n_criteria values, row-major by technology, for the evaluator's hot path. */
const double       *sw_dataset_get_fit_values        (SwDataset    *self);
const double       *sw_dataset_get_fit_lows          (SwDataset    *self);
const double       *sw_dataset_get_fit_highs         (SwDataset    *self);

/* n_criteria factors, 1 or 0: a team-answered criterion the situation does not
 * answer counts 0, whatever its weight (the evaluator multiplies by these). */
const double       *sw_dataset_get_weight_factors    (SwDataset    *self);
gboolean            sw_dataset_criterion_is_answered (SwDataset    *self,
                                                      guint         criterion);
/* The team-answered criterion of that kind, or -1 when the dataset has none. */
int                 sw_dataset_find_answer           (SwDataset    *self,
                                                      SwAnswer      answer);

/* The same dataset with the team-answered criteria's fits filled from
 * @situation: everything else is shared with @self's base. */
SwDataset          *sw_dataset_new_situated          (SwDataset         *self,
                                                      const SwSituation *situation);
/* The loaded dataset a situated one came from (itself for a loaded one). */
SwDataset          *sw_dataset_get_base              (SwDataset    *self);
/* The situation its fits were filled from; nothing stated for a loaded one. */
const SwSituation  *sw_dataset_get_situation         (SwDataset    *self);

/* The situation in the dataset's words (sw-dataset-situation.c). */
/* "TECHNOLOGY=LEVEL"; the message lists the valid technologies. */
gboolean            sw_parse_skill_assignment        (SwDataset    *dataset,
                                                      const char   *text,
                                                      guint        *out_technology,
                                                      double       *out_level,
                                                      GError      **error);
/* What the pane asks when a team-answered criterion has a weight but no
 * answer (@situated: a situated dataset; @weights: the weights shown); NULL
 * when nothing is missing. One or two sentences, translated. */
char               *sw_situation_dup_question        (SwDataset    *situated,
                                                      const double *weights);
/* The situation a situated dataset was filled from, as one sentence for the
 * reports: "The team's situation: Python 8.0 of 10, Node.js not stated;
 * existing systems: Python." NULL when the dataset asks for none. */
char               *sw_situation_dup_sentence        (SwDataset    *situated);
/* A technology id or "none". */
gboolean            sw_parse_existing                (SwDataset    *dataset,
                                                      const char   *text,
                                                      int          *out_existing,
                                                      GError      **error);

guint               sw_dataset_get_n_presets         (SwDataset    *self);
const SwPreset     *sw_dataset_get_preset            (SwDataset    *self,
                                                      guint         index);
int                 sw_dataset_find_preset           (SwDataset    *self,
                                                      const char   *id);

guint               sw_dataset_get_n_sections        (SwDataset    *self);
const SwSection    *sw_dataset_get_section           (SwDataset    *self,
                                                      guint         index);

G_END_DECLS
