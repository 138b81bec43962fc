/* sw-dataset-fields.c — the dataset loader's paths, messages and typed fields
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-dataset-private.h"

#define MAX_ID_LENGTH 64

/* Messages and paths */

gboolean
sw_loader_fail_at (SwLoader       *l,
                   const char     *member,
                   SwDatasetError  code,
                   const char     *format,
                   ...)
{
  va_list args;

  sw_json_reader_enter_member (&l->reader, member);

  va_start (args, format);
  sw_json_reader_vfail (&l->reader, code, format, args);
  va_end (args);

  return FALSE;
}

/* References between lists */

static int
find_ref (SwDataset  *self,
          SwRefKind   kind,
          const char *id)
{
  switch (kind)
    {
    case SW_REF_TECHNOLOGY:
      return sw_dataset_find_technology (self, id);
    case SW_REF_CRITERION:
      return sw_dataset_find_criterion (self, id);
    case SW_REF_PRESET:
      return sw_dataset_find_preset (self, id);
    case SW_REF_SECTION:
    default:
      for (guint i = 0; i < self->n_sections; i++)
        if (g_strcmp0 (self->sections[i].id, id) == 0)
          return (int) i;
      return -1;
    }
}

static const char *
ref_id (SwDataset *self,
        SwRefKind  kind,
        guint      index)
{
  switch (kind)
    {
    case SW_REF_TECHNOLOGY:
      return self->technologies[index].id;
    case SW_REF_CRITERION:
      return self->criteria[index].id;
    case SW_REF_PRESET:
      return self->presets[index].id;
    case SW_REF_SECTION:
    default:
      return self->sections[index].id;
    }
}

static guint
ref_count (SwDataset *self,
           SwRefKind  kind)
{
  switch (kind)
    {
    case SW_REF_TECHNOLOGY:
      return self->n_technologies;
    case SW_REF_CRITERION:
      return self->n_criteria;
    case SW_REF_PRESET:
      return self->n_presets;
    case SW_REF_SECTION:
    default:
      return self->n_sections;
    }
}

typedef struct
{
  SwDataset *self;
  SwRefKind  kind;
} RefList;

static const char *
ref_list_id (gconstpointer data,
             guint         index)
{
  const RefList *list = data;

  return ref_id (list->self, list->kind, index);
}

static gboolean
unknown_ref (SwLoader   *l,
             SwRefKind   kind,
             const char *id)
{
  RefList list = { l->self, kind };
  guint n = ref_count (l->self, kind);
  g_autofree char *known = sw_list_known_ids (n, ref_list_id, &list);
  g_autofree char *shown = sw_quote_text (id);

  switch (kind)
    {
    case SW_REF_TECHNOLOGY:
      return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                                  _("technology “%s” is not one of this dataset's technologies (%s)"),
                                  shown, known);
    case SW_REF_CRITERION:
      return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                                  _("criterion “%s” is not one of this dataset's criteria (%s)"),
                                  shown, known);
    case SW_REF_PRESET:
    case SW_REF_SECTION:
    default:
      if (n == 0)
        return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                                    _("preset “%s” does not exist: this dataset has no presets"),
                                    shown);
      return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                                  _("preset “%s” is not one of this dataset's presets (%s)"),
                                  shown, known);
    }
}

/* Every member name of @map must name an entry of @kind's list. */
gboolean
sw_loader_check_keys (SwLoader   *l,
                      JsonObject *map,
                      SwRefKind   kind)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, map);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    if (find_ref (l->self, kind, key) < 0)
      return unknown_ref (l, kind, key);

  return TRUE;
}

/* A {criterion id: …} or {technology id: …} map must have every entry and no stranger. */
gboolean
sw_loader_check_complete (SwLoader   *l,
                          JsonObject *map,
                          SwRefKind   kind,
                          const char *missing_format)
{
  if (!sw_loader_check_keys (l, map, kind))
    return FALSE;

  for (guint i = 0; i < ref_count (l->self, kind); i++)
    if (!json_object_has_member (map, ref_id (l->self, kind, i)))
      return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_MISSING_FIELD, missing_format,
                                  ref_id (l->self, kind, i));

  return TRUE;
}

/* Fields */

/* Text users see must say something. */
static gboolean
check_text (SwLoader   *l,
            const char *text)
{
  /* The file was valid UTF-8, but json-glib decodes a lone surrogate such as
   * \ud800 into bytes that are not (found by fuzz-dataset); GTK would warn
   * on every label showing it. */
  if (!g_utf8_validate (text, -1, NULL))
    return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_SHAPE,
                                _("the text has a \\u escape that is half of a surrogate pair; "
                                  "write the character itself"));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;

  return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_SHAPE, _("the text is empty"));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* The built-in dataset speaks the user's language: build-aux/dataset-strings.py
 * puts its texts in the translation template under the context "dataset", and
 * each is looked up here as it is read (an untranslated one stays as it is).
 * The context keeps ids and block types, read by the same function, from ever
 * matching a message of the app. The node takes the translation, so that the
 * sections' blocks, kept as JSON, show it too. A dataset the user opens keeps
 * its author's words: the catalog knows only the built-in one's. */
static const char *
translate_text (SwLoader *l,
                JsonNode *node)
{
  const char *text = json_node_get_string (node);
  const char *translated;

  if (g_strcmp0 (l->self->origin, SW_DATASET_ORIGIN_BUILT_IN) != 0)
    return text;

  /* A broken translation must not break the dataset: keep the original. */
  translated = g_dpgettext2 (GETTEXT_PACKAGE, "dataset", text);
  if (translated != text && g_utf8_validate (translated, -1, NULL) && !is_blank (translated))
    json_node_set_string (node, translated);

  return json_node_get_string (node);
}

gboolean
sw_loader_get_text (SwLoader    *l,
                    JsonObject  *obj,
                    const char  *member,
                    gboolean     required,
                    const char **out)
{
  JsonNode *node;
  gsize mark;

  *out = NULL;
  if (!sw_json_reader_get_member (&l->reader, obj, member, SW_JSON_KIND_TEXT, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = sw_json_reader_enter_member (&l->reader, member);
  if (!check_text (l, json_node_get_string (node)))
    return FALSE;
  sw_json_reader_leave (&l->reader, mark);

  *out = translate_text (l, node);
  return TRUE;
}

static gboolean
is_valid_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > MAX_ID_LENGTH)
    return FALSE;
  if (!g_ascii_islower (id[0]) && !g_ascii_isdigit (id[0]))
    return FALSE;

  for (gsize i = 1; i < len; i++)
    if (!g_ascii_islower (id[i]) && !g_ascii_isdigit (id[i]) && id[i] != '-' && id[i] != '_')
      return FALSE;

  return TRUE;
}

/* Fails at the current path unless @id is a valid id. */
gboolean
sw_loader_check_id (SwLoader   *l,
                    const char *id)
{
  g_autofree char *shown = NULL;

  if (is_valid_id (id))
    return TRUE;

  shown = sw_quote_text (id);
  return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_SHAPE,
                              _("“%s” is not a valid id: use at most %d lowercase letters, digits, "
                                "“-” and “_”, starting with a letter or digit"),
                              shown, MAX_ID_LENGTH);
}

/* The "id" of an entry of @kind's list, unique within that list. */
gboolean
sw_loader_get_id (SwLoader    *l,
                  JsonObject  *obj,
                  SwRefKind    kind,
                  const char **out)
{
  const char *list_names[] = { "technologies", "criteria", "presets", "sections" };
  const char *id;
  int previous;
  gsize mark;

  if (!sw_loader_get_text (l, obj, "id", TRUE, &id))
    return FALSE;

  mark = sw_json_reader_enter_member (&l->reader, "id");
  if (!sw_loader_check_id (l, id))
    return FALSE;

  previous = find_ref (l->self, kind, id);
  if (previous >= 0)
    return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_DUPLICATE_ID,
                                _("the id “%s” is used twice (also at %s[%d])"),
                                id, list_names[kind], previous);

  sw_json_reader_leave (&l->reader, mark);
  *out = id;
  return TRUE;
}

/* An optional field naming an entry of another list. */
gboolean
sw_loader_get_ref (SwLoader    *l,
                   JsonObject  *obj,
                   const char  *member,
                   SwRefKind    kind,
                   gboolean     required,
                   const char **out)
{
  if (!sw_loader_get_text (l, obj, member, required, out))
    return FALSE;

  if (*out != NULL && find_ref (l->self, kind, *out) < 0)
    {
      sw_json_reader_enter_member (&l->reader, member);
      return unknown_ref (l, kind, *out);
    }

  return TRUE;
}

static gboolean
check_number (SwLoader   *l,
              const char *what,
              double      value,
              double      min,
              double      max)
{
  if (value >= min && value <= max)
    return TRUE;

  if (max == G_MAXDOUBLE)
    return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_OUT_OF_RANGE,
                                _("%s must be %g or more, not %g"), what, min, value);

  return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_OUT_OF_RANGE,
                              _("%s must be between %g and %g, not %g"), what, min, max, value);
}

/* Leaves *out alone when an optional number is absent, so callers preset the default. */
gboolean
sw_loader_get_number (SwLoader   *l,
                      JsonObject *obj,
                      const char *member,
                      gboolean    required,
                      const char *what,
                      double      min,
                      double      max,
                      double     *out)
{
  JsonNode *node;
  gsize mark;

  if (!sw_json_reader_get_member (&l->reader, obj, member, SW_JSON_KIND_NUMBER, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = sw_json_reader_enter_member (&l->reader, member);
  if (!check_number (l, what, json_node_get_double (node), min, max))
    return FALSE;
  sw_json_reader_leave (&l->reader, mark);

  *out = json_node_get_double (node);
  return TRUE;
}

static gboolean
check_count (SwLoader   *l,
             guint       n,
             guint       min,
             guint       max,
             const char *what)
{
  if (n >= min && n <= max)
    return TRUE;

  if (min == 1 && max == G_MAXUINT)
    return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_OUT_OF_RANGE,
                                _("there must be at least one of the %s, but the list is empty"),
                                what);

  return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_OUT_OF_RANGE,
                              _("there must be %u to %u %s, not %u"), min, max, what, n);
}

gboolean
sw_loader_get_list (SwLoader    *l,
                    JsonObject  *obj,
                    const char  *member,
                    gboolean     required,
                    guint        min,
                    guint        max,
                    const char  *what,
                    JsonArray  **out)
{
  JsonNode *node;
  gsize mark;

  *out = NULL;
  if (!sw_json_reader_get_member (&l->reader, obj, member, SW_JSON_KIND_LIST, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = sw_json_reader_enter_member (&l->reader, member);
  if (!check_count (l, json_array_get_length (json_node_get_array (node)), min, max, what))
    return FALSE;
  sw_json_reader_leave (&l->reader, mark);

  *out = json_node_get_array (node);
  return TRUE;
}

/* A list of non-empty strings, such as a column's items. */
gboolean
sw_loader_get_text_list (SwLoader   *l,
                         JsonObject *obj,
                         const char *member,
                         guint       min,
                         const char *what,
                         guint      *n_out)
{
  JsonArray *array;
  gsize mark;
  guint n;

  if (!sw_loader_get_list (l, obj, member, TRUE, min, G_MAXUINT, what, &array))
    return FALSE;

  mark = sw_json_reader_enter_member (&l->reader, member);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item = sw_json_reader_enter_index (&l->reader, i);

      if (!sw_json_node_is (node, SW_JSON_KIND_TEXT))
        return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_SHAPE, _("expected text, found %s"),
                                    sw_json_describe_node (node));
      if (!check_text (l, json_node_get_string (node)))
        return FALSE;
      translate_text (l, node);

      sw_json_reader_leave (&l->reader, item);
    }
  sw_json_reader_leave (&l->reader, mark);

  if (n_out != NULL)
    *n_out = n;
  return TRUE;
}

/* Calls @func on @node, after checking it is an object; the path is already at @node. */
gboolean
sw_loader_visit_object (SwLoader   *l,
                        JsonNode   *node,
                        SwItemFunc  func,
                        guint       index,
                        gpointer    data)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_SHAPE, _("expected an object, found %s"),
                                sw_json_describe_node (node));

  return func (l, json_node_get_object (node), index, data);
}

/* Calls @func on each element of @array, after checking it is an object.
 * @member names the array in its parent, or is NULL for a list nested in a list. */
gboolean
sw_loader_each_object (SwLoader   *l,
                       JsonArray  *array,
                       const char *member,
                       SwItemFunc  func,
                       gpointer    data)
{
  gsize mark = member != NULL ? sw_json_reader_enter_member (&l->reader, member) : l->reader.path->len;
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      gsize item = sw_json_reader_enter_index (&l->reader, i);

      if (!sw_loader_visit_object (l, json_array_get_element (array, i), func, i, data))
        return FALSE;

      sw_json_reader_leave (&l->reader, item);
    }

  sw_json_reader_leave (&l->reader, mark);
  return TRUE;
}
