/* sw-dataset.c — the comparison dataset object: reading it from a file, bytes or a resource
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-core-resources.h"
#include "sw-dataset-private.h"

G_DEFINE_FINAL_TYPE (SwDataset, sw_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (sw-dataset-error-quark, sw_dataset_error)

/* Bytes */

static gboolean
too_large (GError     **error,
           const char  *name,
           guint64      size)
{
  g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_TOO_LARGE,
               _("%s: the file is too large (%" PRIu64 " bytes; "
                 "a dataset can be at most %d bytes, 4 MiB)"),
               name, size, SW_DATASET_MAX_BYTES);
  return FALSE;
}

static void
empty (GError     **error,
       const char  *name)
{
  g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_NOT_JSON,
               _("%s: the file is empty; a dataset is a JSON object"), name);
}

static const SwJsonDoor dataset_door = {
  .domain = sw_dataset_error_quark,
  .not_json_code = SW_DATASET_ERROR_NOT_JSON,
  .truncated_code = SW_DATASET_ERROR_TRUNCATED,
  .max_bytes = SW_DATASET_MAX_BYTES,
  .too_large = too_large,
  .empty = empty,
};

static SwDataset *
load (GBytes      *bytes,
      const char  *name,
      const char  *origin,
      GError     **error)
{
  /* Mutable while loading, so that the built-in dataset's texts can take
   * their translations (sw-dataset-fields.c); sealed once loaded. */
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(SwDataset) self = NULL;
  JsonNode *root;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  root = sw_json_door_parse (&dataset_door, parser, data, size, name, error);
  if (root == NULL)
    return NULL;

  self = g_object_new (SW_TYPE_DATASET, NULL);
  self->origin = g_strdup (origin);

  if (!sw_dataset_parse (self, root, name, error))
    return NULL;
  json_node_seal (root);

  return g_steal_pointer (&self);
}

/* GObject */

static void
sw_dataset_finalize (GObject *object)
{
  SwDataset *self = (SwDataset *) object;

  if (self->fits != NULL)
    for (guint i = 0; i < self->n_technologies * self->n_criteria; i++)
      g_free (self->fits[i].rationale);
  g_free (self->fits);
  g_free (self->fit_values);
  g_free (self->fit_lows);
  g_free (self->fit_highs);
  g_free (self->weight_factors);

  /* A situated dataset borrowed the rest. */
  if (self->base != NULL)
    {
      g_clear_object (&self->base);
      G_OBJECT_CLASS (sw_dataset_parent_class)->finalize (object);
      return;
    }

  for (guint i = 0; i < self->n_technologies; i++)
    {
      g_free (self->technologies[i].id);
      g_free (self->technologies[i].name);
      g_free (self->technologies[i].summary);
      g_free (self->technologies[i].color);
    }
  for (guint i = 0; i < self->n_criteria; i++)
    {
      g_free (self->criteria[i].id);
      g_free (self->criteria[i].name);
      g_free (self->criteria[i].help);
      g_free (self->criteria[i].group);
    }
  for (guint i = 0; i < self->n_presets; i++)
    {
      g_free (self->presets[i].id);
      g_free (self->presets[i].name);
      g_free (self->presets[i].audience);
      g_free (self->presets[i].reason);
      g_free (self->presets[i].expected);
      g_free (self->presets[i].weights);
    }
  for (guint i = 0; i < self->n_sections; i++)
    {
      g_free (self->sections[i].id);
      g_free (self->sections[i].title);
      g_free (self->sections[i].icon);
      for (guint b = 0; b < self->sections[i].n_blocks; b++)
        sw_block_free (self->sections[i].blocks[b]);
      g_free (self->sections[i].blocks);
    }

  g_free (self->technologies);
  g_free (self->criteria);
  g_free (self->presets);
  g_free (self->sections);
  g_free (self->id);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->source);
  g_free (self->origin);

  G_OBJECT_CLASS (sw_dataset_parent_class)->finalize (object);
}

static void
sw_dataset_class_init (SwDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_dataset_finalize;
}

static void
sw_dataset_init (SwDataset *self)
{
  sw_situation_init (&self->situation);
}

/* Loading */

SwDataset *
sw_dataset_new_from_bytes (GBytes      *bytes,
                           const char  *display_name,
                           GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load (bytes, display_name, display_name, error);
}

/* Cancellation stays G_IO_ERROR_CANCELLED, so that callers can ignore it as usual. */
SwDataset *
sw_dataset_new_from_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  basename = g_file_get_basename (file);
  name = basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (file);

  bytes = sw_json_read_file (file, name, SW_DATASET_MAX_BYTES, too_large,
                             SW_DATASET_ERROR, SW_DATASET_ERROR_IO, cancellable, error);
  if (bytes == NULL)
    return NULL;

  return load (bytes, name, name, error);
}

SwDataset *
sw_dataset_new_from_path (const char  *path,
                          GError     **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  return sw_dataset_new_from_file (file, NULL, error);
}

SwDataset *
sw_dataset_get_default (void)
{
  static SwDataset *default_dataset;

  if (g_once_init_enter (&default_dataset))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *name = g_path_get_basename (SW_DATASET_DEFAULT_RESOURCE);
      SwDataset *dataset = NULL;

      /* Asking our own resource (not the global registry) keeps it linked in. */
      bytes = g_resource_lookup_data (sw_core_get_resource (), SW_DATASET_DEFAULT_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        dataset = load (bytes, name, SW_DATASET_ORIGIN_BUILT_IN, &error);
      if (dataset == NULL)
        g_error ("The built-in dataset is broken, which is a build bug: %s", error->message);

      g_once_init_leave (&default_dataset, dataset);
    }

  return g_object_ref (default_dataset);
}

/* Getters */

const char *
sw_dataset_get_id (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->id;
}

const char *
sw_dataset_get_title (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->title;
}

const char *
sw_dataset_get_subtitle (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->subtitle;
}

const char *
sw_dataset_get_source (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->source;
}

const char *
sw_dataset_get_origin (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->origin;
}

guint
sw_dataset_get_n_technologies (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), 0);

  return self->n_technologies;
}

const SwTechnology *
sw_dataset_get_technology (SwDataset *self,
                           guint      index)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->n_technologies, NULL);

  return &self->technologies[index];
}

int
sw_dataset_find_technology (SwDataset  *self,
                            const char *id)
{
  g_return_val_if_fail (SW_IS_DATASET (self), -1);

  for (guint i = 0; id != NULL && i < self->n_technologies; i++)
    if (strcmp (self->technologies[i].id, id) == 0)
      return (int) i;

  return -1;
}

guint
sw_dataset_get_n_criteria (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), 0);

  return self->n_criteria;
}

const SwCriterion *
sw_dataset_get_criterion (SwDataset *self,
                          guint      index)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->n_criteria, NULL);

  return &self->criteria[index];
}

int
sw_dataset_find_criterion (SwDataset  *self,
                           const char *id)
{
  g_return_val_if_fail (SW_IS_DATASET (self), -1);

  for (guint i = 0; id != NULL && i < self->n_criteria; i++)
    if (strcmp (self->criteria[i].id, id) == 0)
      return (int) i;

  return -1;
}

const SwFit *
sw_dataset_get_fit (SwDataset *self,
                    guint      technology,
                    guint      criterion)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);
  g_return_val_if_fail (technology < self->n_technologies, NULL);
  g_return_val_if_fail (criterion < self->n_criteria, NULL);

  return &self->fits[technology * self->n_criteria + criterion];
}

const double *
sw_dataset_get_fit_values (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->fit_values;
}

const double *
sw_dataset_get_fit_lows (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->fit_lows;
}

const double *
sw_dataset_get_fit_highs (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);

  return self->fit_highs;
}

guint
sw_dataset_get_n_presets (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), 0);

  return self->n_presets;
}

const SwPreset *
sw_dataset_get_preset (SwDataset *self,
                       guint      index)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->n_presets, NULL);

  return &self->presets[index];
}

int
sw_dataset_find_preset (SwDataset  *self,
                        const char *id)
{
  g_return_val_if_fail (SW_IS_DATASET (self), -1);

  for (guint i = 0; id != NULL && i < self->n_presets; i++)
    if (strcmp (self->presets[i].id, id) == 0)
      return (int) i;

  return -1;
}

guint
sw_dataset_get_n_sections (SwDataset *self)
{
  g_return_val_if_fail (SW_IS_DATASET (self), 0);

  return self->n_sections;
}

const SwSection *
sw_dataset_get_section (SwDataset *self,
                        guint      index)
{
  g_return_val_if_fail (SW_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->n_sections, NULL);

  return &self->sections[index];
}
