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
#include "sw-json-check.h"

G_DEFINE_FINAL_TYPE (SwDataset, sw_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (sw-dataset-error-quark, sw_dataset_error)

/* Bytes and JSON syntax */

/* Line and column (in characters, from 1) of @pos in @data. */
static void
find_position (const char *data,
               const char *pos,
               guint      *line,
               guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < pos; p++)
    if (*p == '\n')
      {
        *line += 1;
        line_start = p + 1;
      }

  *column = (guint) g_utf8_strlen (line_start, pos - line_start) + 1;
}

/* json-glib quotes the bad token as it is, raw newlines and tabs included;
 * the message must stay on one line (found by fuzz-dataset). */
static void
append_one_line (GString    *out,
                 const char *text,
                 gsize       length)
{
  for (gsize i = 0; i < length; i++)
    g_string_append_c (out, g_ascii_iscntrl (text[i]) ? '?' : text[i]);
}

/* json-glib 1.6 says "<data>:3:8: Parse error: unexpected character `,', expected …";
 * keep the position and the problem, with the file's name and typographic quotes. */
static void
set_syntax_error (GError       **error,
                  const char    *name,
                  const GError  *parse_error)
{
  g_autoptr(GString) problem = g_string_new (NULL);
  g_autofree char *valid = NULL;
  const char *message = parse_error->message;
  const char *rest = message;
  guint64 line = 0, column = 0;
  char *end;

  if (g_str_has_prefix (rest, "<data>:"))
    {
      line = g_ascii_strtoull (rest + strlen ("<data>:"), &end, 10);
      if (*end == ':')
        column = g_ascii_strtoull (end + 1, &end, 10);
      if (line > 0 && column > 0 && g_str_has_prefix (end, ": "))
        rest = end + 2;
      else
        line = column = 0;
    }
  if (g_str_has_prefix (rest, "Parse error: "))
    rest += strlen ("Parse error: ");

  for (const char *p = rest; *p != '\0'; p++)
    {
      const char *close = p[0] == '`' && p[1] != '\0' ? strchr (p + 2, '\'') : NULL;

      if (close == NULL)
        {
          append_one_line (problem, p, 1);
          continue;
        }
      g_string_append (problem, "“");
      append_one_line (problem, p + 1, close - p - 1);
      g_string_append (problem, "”");
      p = close;
    }

  /* The token may hold a decoded lone surrogate (\ud800), which is not UTF-8. */
  valid = g_utf8_make_valid (problem->str, problem->len);

  if (line > 0)
    g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_NOT_JSON,
                 _("%s:%" PRIu64 ":%" PRIu64 ": not valid JSON: %s"),
                 name, line, column, valid);
  else
    g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_NOT_JSON,
                 _("%s: not valid JSON: %s"), name, valid);
}

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

static gboolean
check_bytes (const char  *data,
             gsize        size,
             const char  *name,
             GError     **error)
{
  const char *end;
  guint line, column;

  if (size > SW_DATASET_MAX_BYTES)
    return too_large (error, name, size);

  if (size > 0 && !g_utf8_validate_len (data, size, &end))
    {
      find_position (data, end, &line, &column);
      g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_NOT_JSON,
                   *end == '\0'
                   ? _("%s:%u:%u: the file contains a NUL byte; a dataset is plain UTF-8 text")
                   : _("%s:%u:%u: the file is not UTF-8 text; save it with the UTF-8 encoding"),
                   name, line, column);
      return FALSE;
    }

  /* Refused before parsing: json-glib would take the first value and leak the rest. */
  end = sw_json_find_trailing_content (data, size);
  if (end != NULL)
    {
      find_position (data, end, &line, &column);
      g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_NOT_JSON,
                   _("%s:%u:%u: not valid JSON: more follows the end of the first value; "
                     "a dataset is one JSON object"),
                   name, line, column);
      return FALSE;
    }

  return TRUE;
}

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
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (!check_bytes (data, size, name, error))
    return NULL;

  if (size > 0 && !json_parser_load_from_data (parser, data, (gssize) size, &parse_error))
    {
      set_syntax_error (error, name, parse_error);
      return NULL;
    }

  root = size > 0 ? json_parser_get_root (parser) : NULL;
  if (root == NULL)
    {
      g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_NOT_JSON,
                   _("%s: the file is empty; a dataset is a JSON object"), name);
      return NULL;
    }

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
  if (self->fits != NULL)
    for (guint i = 0; i < self->n_technologies * self->n_criteria; i++)
      g_free (self->fits[i].rationale);
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
      g_clear_pointer (&self->sections[i].blocks, json_array_unref);
    }

  g_free (self->technologies);
  g_free (self->criteria);
  g_free (self->fits);
  g_free (self->fit_values);
  g_free (self->fit_lows);
  g_free (self->fit_highs);
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

static void
set_io_error (GError       **error,
              const char    *name,
              const GError  *io_error)
{
  const char *reason = io_error->message;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    reason = _("it does not exist");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    reason = _("permission denied");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    reason = _("it is a folder, not a file");

  g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_IO,
               _("%s: cannot read the file (%s)"), name, reason);
}

/* Cancellation stays G_IO_ERROR_CANCELLED, so that callers can ignore it as usual. */
SwDataset *
sw_dataset_new_from_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  basename = g_file_get_basename (file);
  name = basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "");

  if (local_error == NULL && g_file_info_get_size (info) > SW_DATASET_MAX_BYTES)
    {
      too_large (error, name, (guint64) g_file_info_get_size (info));
      return NULL;
    }

  if (local_error == NULL)
    g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error);

  if (local_error != NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_io_error (error, name, local_error);
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
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
