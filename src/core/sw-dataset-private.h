/* sw-dataset-private.h — the dataset's instance and the loader that fills it
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sw-dataset.h"
#include "sw-json-reader.h"

G_BEGIN_DECLS

struct _SwDataset
{
  GObject       parent_instance;

  /* A situated dataset (sw-dataset-situation.c) borrows everything but its
   * fits and weight factors from @base, which it keeps alive. */
  SwDataset    *base;
  SwSituation   situation;
  double       *weight_factors;

  char         *id;
  char         *title;
  char         *subtitle;
  char         *source;
  char         *origin;

  SwTechnology *technologies;
  guint         n_technologies;
  SwCriterion  *criteria;
  guint         n_criteria;

  /* n_technologies × n_criteria, row-major by technology; the flat
   * arrays repeat the numbers so that the evaluator walks plain doubles. */
  SwFit        *fits;
  double       *fit_values;
  double       *fit_lows;
  double       *fit_highs;

  SwPreset     *presets;
  guint         n_presets;
  SwSection    *sections;
  guint         n_sections;
};

/* The validation state: where in the document we are, for messages. */
typedef struct
{
  SwJsonReader  reader;
  SwDataset    *self;
} SwLoader;

/* The lists whose entries have ids; the order matches the names in get_id's messages. */
typedef enum
{
  SW_REF_TECHNOLOGY,
  SW_REF_CRITERION,
  SW_REF_PRESET,
  SW_REF_SECTION,
} SwRefKind;

typedef gboolean (*SwItemFunc) (SwLoader   *l,
                                JsonObject *item,
                                guint       index,
                                gpointer    data);

/* sw-dataset-parse.c: fills @self from a parsed document; on failure
 * @error says where (prefixed with @name) and @self is partly filled. */
gboolean    sw_dataset_parse               (SwDataset      *self,
                                            JsonNode       *root,
                                            const char     *name,
                                            GError        **error);

/* sw-dataset-situation.c: the fits and factors of team-answered criteria
 * from self->situation; the others' are taken from @base's (may be self). */
void        sw_dataset_fill_situation      (SwDataset      *self,
                                            SwDataset      *base);

/* sw-dataset-blocks.c: checks one block of a section and reads it into
 * the section's (@data) blocks[@index] (an SwItemFunc). */
gboolean    sw_loader_read_block           (SwLoader       *l,
                                            JsonObject     *block,
                                            guint           index,
                                            gpointer        data);

/* sw-dataset-fields.c: messages (the paths and typed members are
 * sw-json-reader.h's, on l->reader) */
/* Fails at @member below the current path. */
gboolean    sw_loader_fail_at              (SwLoader       *l,
                                            const char     *member,
                                            SwDatasetError  code,
                                            const char     *format,
                                            ...) G_GNUC_PRINTF (4, 5);

/* sw-dataset-fields.c: typed fields */
gboolean    sw_loader_get_text             (SwLoader       *l,
                                            JsonObject     *obj,
                                            const char     *member,
                                            gboolean        required,
                                            const char    **out);
gboolean    sw_loader_check_id             (SwLoader       *l,
                                            const char     *id);
gboolean    sw_loader_get_id               (SwLoader       *l,
                                            JsonObject     *obj,
                                            SwRefKind       kind,
                                            const char    **out);
gboolean    sw_loader_get_ref              (SwLoader       *l,
                                            JsonObject     *obj,
                                            const char     *member,
                                            SwRefKind       kind,
                                            gboolean        required,
                                            const char    **out);
gboolean    sw_loader_get_number           (SwLoader       *l,
                                            JsonObject     *obj,
                                            const char     *member,
                                            gboolean        required,
                                            const char     *what,
                                            double          min,
                                            double          max,
                                            double         *out);
gboolean    sw_loader_get_list             (SwLoader       *l,
                                            JsonObject     *obj,
                                            const char     *member,
                                            gboolean        required,
                                            guint           min,
                                            guint           max,
                                            const char     *what,
                                            JsonArray     **out);
gboolean    sw_loader_get_text_list        (SwLoader       *l,
                                            JsonObject     *obj,
                                            const char     *member,
                                            guint           min,
                                            const char     *what,
                                            guint          *n_out);
gboolean    sw_loader_visit_object         (SwLoader       *l,
                                            JsonNode       *node,
                                            SwItemFunc      func,
                                            guint           index,
                                            gpointer        data);
gboolean    sw_loader_each_object          (SwLoader       *l,
                                            JsonArray      *array,
                                            const char     *member,
                                            SwItemFunc      func,
                                            gpointer        data);
gboolean    sw_loader_check_keys           (SwLoader       *l,
                                            JsonObject     *map,
                                            SwRefKind       kind);
gboolean    sw_loader_check_complete       (SwLoader       *l,
                                            JsonObject     *map,
                                            SwRefKind       kind,
                                            const char     *missing_format);

G_END_DECLS
