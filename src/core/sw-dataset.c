/* sw-dataset.c — loading and validating a comparison dataset
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-core-resources.h"
#include "sw-dataset.h"

#define MAX_ID_LENGTH 64
/* How many known ids an "is not one of …" message lists before "…". */
#define MAX_IDS_SHOWN 6

struct _SwDataset
{
  GObject       parent_instance;

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

G_DEFINE_FINAL_TYPE (SwDataset, sw_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (sw-dataset-error-quark, sw_dataset_error)

/* The validation state: where in the document we are, for messages. */
typedef struct
{
  SwDataset  *self;
  const char *name;
  GString    *path;
  GError    **error;
} Loader;

typedef enum
{
  KIND_OBJECT,
  KIND_LIST,
  KIND_TEXT,
  KIND_NUMBER,
  KIND_BOOLEAN,
} Kind;

typedef enum
{
  REF_TECHNOLOGY,
  REF_CRITERION,
  REF_PRESET,
  REF_SECTION,
} RefKind;

typedef gboolean (*ItemFunc) (Loader     *l,
                              JsonObject *item,
                              guint       index,
                              gpointer    data);

static gboolean fail (Loader         *l,
                      SwDatasetError  code,
                      const char     *format,
                      ...) G_GNUC_PRINTF (3, 4);

/* Messages and paths */

static gboolean
fail (Loader         *l,
      SwDatasetError  code,
      const char     *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (l->path->len > 0)
    g_set_error (l->error, SW_DATASET_ERROR, code,
                 _("%s: at %s: %s"), l->name, l->path->str, problem);
  else
    g_set_error (l->error, SW_DATASET_ERROR, code, "%s: %s", l->name, problem);

  return FALSE;
}

static gsize
enter_member (Loader     *l,
              const char *member)
{
  gsize mark = l->path->len;

  if (mark > 0)
    g_string_append_c (l->path, '.');
  g_string_append (l->path, member);

  return mark;
}

static gsize
enter_index (Loader *l,
             guint   index)
{
  gsize mark = l->path->len;

  g_string_append_printf (l->path, "[%u]", index);

  return mark;
}

static void
leave (Loader *l,
       gsize   mark)
{
  g_string_truncate (l->path, mark);
}

/* Text from the file, made safe to quote in a one-line message. */
static char *
quote_text (const char *text)
{
  static char exceptions[129];
  g_autofree char *shortened = NULL;

  if (exceptions[0] == '\0')
    for (guint i = 0; i < 128; i++)
      exceptions[i] = (char) (128 + i);

  if (g_utf8_strlen (text, -1) > 40)
    {
      g_autofree char *head = g_utf8_substring (text, 0, 40);
      shortened = g_strconcat (head, "…", NULL);
      text = shortened;
    }

  return g_strescape (text, exceptions);
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static const char *
describe_kind (Kind kind)
{
  switch (kind)
    {
    case KIND_OBJECT:
      return _("an object");
    case KIND_LIST:
      return _("a list");
    case KIND_TEXT:
      return _("text");
    case KIND_NUMBER:
      return _("a number");
    case KIND_BOOLEAN:
    default:
      return _("true or false");
    }
}

static gboolean
node_is (JsonNode *node,
         Kind      kind)
{
  GType type;

  switch (kind)
    {
    case KIND_OBJECT:
      return JSON_NODE_HOLDS_OBJECT (node);
    case KIND_LIST:
      return JSON_NODE_HOLDS_ARRAY (node);
    default:
      break;
    }

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (kind == KIND_TEXT)
    return type == G_TYPE_STRING;
  if (kind == KIND_BOOLEAN)
    return type == G_TYPE_BOOLEAN;
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

/* References between lists */

static int
find_ref (SwDataset  *self,
          RefKind     kind,
          const char *id)
{
  switch (kind)
    {
    case REF_TECHNOLOGY:
      return sw_dataset_find_technology (self, id);
    case REF_CRITERION:
      return sw_dataset_find_criterion (self, id);
    case REF_PRESET:
      return sw_dataset_find_preset (self, id);
    case REF_SECTION:
    default:
      for (guint i = 0; i < self->n_sections; i++)
        if (g_strcmp0 (self->sections[i].id, id) == 0)
          return (int) i;
      return -1;
    }
}

static const char *
ref_id (SwDataset *self,
        RefKind    kind,
        guint      index)
{
  switch (kind)
    {
    case REF_TECHNOLOGY:
      return self->technologies[index].id;
    case REF_CRITERION:
      return self->criteria[index].id;
    case REF_PRESET:
      return self->presets[index].id;
    case REF_SECTION:
    default:
      return self->sections[index].id;
    }
}

static guint
ref_count (SwDataset *self,
           RefKind    kind)
{
  switch (kind)
    {
    case REF_TECHNOLOGY:
      return self->n_technologies;
    case REF_CRITERION:
      return self->n_criteria;
    case REF_PRESET:
      return self->n_presets;
    case REF_SECTION:
    default:
      return self->n_sections;
    }
}

static gboolean
unknown_ref (Loader     *l,
             RefKind     kind,
             const char *id)
{
  g_autoptr(GString) known = g_string_new (NULL);
  g_autofree char *shown = quote_text (id);
  guint n = ref_count (l->self, kind);

  for (guint i = 0; i < n && i < MAX_IDS_SHOWN; i++)
    g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", ref_id (l->self, kind, i));
  if (n > MAX_IDS_SHOWN)
    g_string_append (known, ", …");

  switch (kind)
    {
    case REF_TECHNOLOGY:
      return fail (l, SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                   _("technology “%s” is not one of this dataset's technologies (%s)"),
                   shown, known->str);
    case REF_CRITERION:
      return fail (l, SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                   _("criterion “%s” is not one of this dataset's criteria (%s)"),
                   shown, known->str);
    case REF_PRESET:
    case REF_SECTION:
    default:
      if (n == 0)
        return fail (l, SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                     _("preset “%s” does not exist: this dataset has no presets"), shown);
      return fail (l, SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                   _("preset “%s” is not one of this dataset's presets (%s)"),
                   shown, known->str);
    }
}

/* Fields */

/* Finds @member in @obj. A missing optional member (or null) gives a NULL node. */
static gboolean
get_member (Loader      *l,
            JsonObject  *obj,
            const char  *member,
            Kind         kind,
            gboolean     required,
            JsonNode   **out)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    {
      if (required)
        return fail (l, SW_DATASET_ERROR_MISSING_FIELD,
                     _("the required field “%s” is missing"), member);
      return TRUE;
    }

  if (!node_is (node, kind))
    {
      enter_member (l, member);
      return fail (l, SW_DATASET_ERROR_SHAPE, _("expected %s, found %s"),
                   describe_kind (kind), describe_node (node));
    }

  *out = node;
  return TRUE;
}

/* Text users see must say something. */
static gboolean
check_text (Loader     *l,
            const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;

  return fail (l, SW_DATASET_ERROR_SHAPE, _("the text is empty"));
}

static gboolean
get_text (Loader      *l,
          JsonObject  *obj,
          const char  *member,
          gboolean     required,
          const char **out)
{
  JsonNode *node;
  gsize mark;

  *out = NULL;
  if (!get_member (l, obj, member, KIND_TEXT, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = enter_member (l, member);
  if (!check_text (l, json_node_get_string (node)))
    return FALSE;
  leave (l, mark);

  *out = json_node_get_string (node);
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

/* The "id" of an entry of @kind's list, unique within that list. */
static gboolean
get_id (Loader      *l,
        JsonObject  *obj,
        RefKind      kind,
        const char **out)
{
  const char *list_names[] = { "technologies", "criteria", "presets", "sections" };
  const char *id;
  int previous;
  gsize mark;

  if (!get_text (l, obj, "id", TRUE, &id))
    return FALSE;

  mark = enter_member (l, "id");

  if (!is_valid_id (id))
    {
      g_autofree char *shown = quote_text (id);
      return fail (l, SW_DATASET_ERROR_SHAPE,
                   _("“%s” is not a valid id: use at most %d lowercase letters, digits, "
                     "“-” and “_”, starting with a letter or digit"),
                   shown, MAX_ID_LENGTH);
    }

  previous = find_ref (l->self, kind, id);
  if (previous >= 0)
    return fail (l, SW_DATASET_ERROR_DUPLICATE_ID,
                 _("the id “%s” is used twice (also at %s[%d])"),
                 id, list_names[kind], previous);

  leave (l, mark);
  *out = id;
  return TRUE;
}

/* An optional field naming an entry of another list. */
static gboolean
get_ref (Loader      *l,
         JsonObject  *obj,
         const char  *member,
         RefKind      kind,
         gboolean     required,
         const char **out)
{
  if (!get_text (l, obj, member, required, out))
    return FALSE;

  if (*out != NULL && find_ref (l->self, kind, *out) < 0)
    {
      enter_member (l, member);
      return unknown_ref (l, kind, *out);
    }

  return TRUE;
}

static gboolean
check_number (Loader     *l,
              const char *what,
              double      value,
              double      min,
              double      max)
{
  if (value >= min && value <= max)
    return TRUE;

  if (max == G_MAXDOUBLE)
    return fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
                 _("%s must be %g or more, not %g"), what, min, value);

  return fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
               _("%s must be between %g and %g, not %g"), what, min, max, value);
}

/* Leaves *out alone when an optional number is absent, so callers preset the default. */
static gboolean
get_number (Loader     *l,
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

  if (!get_member (l, obj, member, KIND_NUMBER, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = enter_member (l, member);
  if (!check_number (l, what, json_node_get_double (node), min, max))
    return FALSE;
  leave (l, mark);

  *out = json_node_get_double (node);
  return TRUE;
}

static gboolean
check_count (Loader     *l,
             guint       n,
             guint       min,
             guint       max,
             const char *what)
{
  if (n >= min && n <= max)
    return TRUE;

  if (min == 1 && max == G_MAXUINT)
    return fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
                 _("there must be at least one of the %s, but the list is empty"), what);

  return fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
               _("there must be %u to %u %s, not %u"), min, max, what, n);
}

static gboolean
get_list (Loader      *l,
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
  if (!get_member (l, obj, member, KIND_LIST, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = enter_member (l, member);
  if (!check_count (l, json_array_get_length (json_node_get_array (node)), min, max, what))
    return FALSE;
  leave (l, mark);

  *out = json_node_get_array (node);
  return TRUE;
}

/* Calls @func on each element of @array, after checking it is an object.
 * @member names the array in its parent, or is NULL for a list nested in a list. */
static gboolean
each_object (Loader     *l,
             JsonArray  *array,
             const char *member,
             ItemFunc    func,
             gpointer    data)
{
  gsize mark = member != NULL ? enter_member (l, member) : l->path->len;
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item = enter_index (l, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (l, SW_DATASET_ERROR_SHAPE, _("expected an object, found %s"),
                     describe_node (node));
      if (!func (l, json_node_get_object (node), i, data))
        return FALSE;

      leave (l, item);
    }

  leave (l, mark);
  return TRUE;
}

/* A list of non-empty strings, such as a column's items. */
static gboolean
get_text_list (Loader     *l,
               JsonObject *obj,
               const char *member,
               guint       min,
               const char *what,
               guint      *n_out)
{
  JsonArray *array;
  gsize mark;
  guint n;

  if (!get_list (l, obj, member, TRUE, min, G_MAXUINT, what, &array))
    return FALSE;

  mark = enter_member (l, member);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item = enter_index (l, i);

      if (!node_is (node, KIND_TEXT))
        return fail (l, SW_DATASET_ERROR_SHAPE, _("expected text, found %s"), describe_node (node));
      if (!check_text (l, json_node_get_string (node)))
        return FALSE;

      leave (l, item);
    }
  leave (l, mark);

  if (n_out != NULL)
    *n_out = n;
  return TRUE;
}

/* Every member name of @map must name an entry of @kind's list. */
static gboolean
check_keys (Loader     *l,
            JsonObject *map,
            RefKind     kind)
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

/* Blocks */

static gboolean
validate_text_block (Loader     *l,
                     JsonObject *block)
{
  const char *text;

  return get_text (l, block, "text", TRUE, &text);
}

static gboolean
validate_fact (Loader     *l,
               JsonObject *item,
               guint       index,
               gpointer    data)
{
  const char *s;

  return get_text (l, item, "value", TRUE, &s)
      && get_text (l, item, "label", TRUE, &s)
      && get_text (l, item, "detail", FALSE, &s)
      && get_ref (l, item, "technology", REF_TECHNOLOGY, FALSE, &s);
}

static gboolean
validate_facts (Loader     *l,
                JsonObject *block)
{
  JsonArray *items;
  const char *s;

  return get_text (l, block, "title", FALSE, &s)
      && get_list (l, block, "items", TRUE, 1, G_MAXUINT, _("items"), &items)
      && each_object (l, items, "items", validate_fact, NULL);
}

static gboolean
validate_list_item (Loader     *l,
                    JsonObject *item,
                    guint       index,
                    gpointer    data)
{
  const char *s;

  return get_text (l, item, "title", FALSE, &s)
      && get_text (l, item, "text", TRUE, &s);
}

static gboolean
validate_list (Loader     *l,
               JsonObject *block)
{
  JsonArray *items;
  const char *s;

  return get_text (l, block, "title", FALSE, &s)
      && get_ref (l, block, "technology", REF_TECHNOLOGY, FALSE, &s)
      && get_list (l, block, "items", TRUE, 1, G_MAXUINT, _("items"), &items)
      && each_object (l, items, "items", validate_list_item, NULL);
}

static gboolean
validate_compare_row (Loader     *l,
                      JsonObject *row,
                      guint       index,
                      gpointer    data)
{
  JsonNode *node;
  JsonObject *values;
  const char *s;
  gsize mark;

  if (!get_text (l, row, "label", TRUE, &s)
      || !get_member (l, row, "values", KIND_OBJECT, TRUE, &node))
    return FALSE;

  values = json_node_get_object (node);
  mark = enter_member (l, "values");
  if (!check_keys (l, values, REF_TECHNOLOGY))
    return FALSE;

  for (guint t = 0; t < l->self->n_technologies; t++)
    {
      const char *tech = l->self->technologies[t].id;

      if (!json_object_has_member (values, tech))
        return fail (l, SW_DATASET_ERROR_MISSING_FIELD,
                     _("the value for technology “%s” is missing"), tech);
      if (!get_text (l, values, tech, TRUE, &s))
        return FALSE;
    }

  leave (l, mark);
  return TRUE;
}

static gboolean
validate_compare (Loader     *l,
                  JsonObject *block)
{
  JsonArray *rows;
  const char *s;

  return get_text (l, block, "title", FALSE, &s)
      && get_list (l, block, "rows", TRUE, 1, G_MAXUINT, _("rows"), &rows)
      && each_object (l, rows, "rows", validate_compare_row, NULL);
}

/* @member holds {technology id: object} with at least one known technology;
 * @func checks each object. */
static gboolean
validate_per_technology (Loader     *l,
                         JsonObject *block,
                         const char *member,
                         ItemFunc    func)
{
  JsonObjectIter iter;
  JsonObject *map;
  JsonNode *node;
  const char *key;
  gsize mark;

  if (!get_member (l, block, member, KIND_OBJECT, TRUE, &node))
    return FALSE;

  map = json_node_get_object (node);
  mark = enter_member (l, member);
  if (json_object_get_size (map) == 0)
    return fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
                 _("there must be an entry for at least one technology"));
  if (!check_keys (l, map, REF_TECHNOLOGY))
    return FALSE;

  json_object_iter_init_ordered (&iter, map);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      gsize entry = enter_member (l, key);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (l, SW_DATASET_ERROR_SHAPE, _("expected an object, found %s"),
                     describe_node (node));
      if (!func (l, json_node_get_object (node), 0, NULL))
        return FALSE;

      leave (l, entry);
    }

  leave (l, mark);
  return TRUE;
}

static gboolean
validate_column (Loader     *l,
                 JsonObject *column,
                 guint       index,
                 gpointer    data)
{
  const char *s;

  return get_text (l, column, "heading", TRUE, &s)
      && get_text_list (l, column, "items", 0, _("items"), NULL);
}

static gboolean
validate_columns (Loader     *l,
                  JsonObject *block)
{
  const char *s;

  return get_text (l, block, "title", FALSE, &s)
      && validate_per_technology (l, block, "columns", validate_column);
}

static gboolean
validate_pros_and_cons (Loader     *l,
                        JsonObject *entry,
                        guint       index,
                        gpointer    data)
{
  return get_text_list (l, entry, "pros", 0, _("pros"), NULL)
      && get_text_list (l, entry, "cons", 0, _("cons"), NULL);
}

static gboolean
validate_pros_cons (Loader     *l,
                    JsonObject *block)
{
  const char *s;

  return get_text (l, block, "title", FALSE, &s)
      && validate_per_technology (l, block, "technologies", validate_pros_and_cons);
}

static gboolean
validate_bar (Loader     *l,
              JsonObject *bar,
              guint       index,
              gpointer    data)
{
  JsonNode *node;
  const char *s;
  double low = 0;
  double high;

  if (!get_ref (l, bar, "technology", REF_TECHNOLOGY, TRUE, &s)
      || !get_number (l, bar, "low", TRUE, _("the low figure"), 0, G_MAXDOUBLE, &low))
    return FALSE;

  high = low;
  return get_number (l, bar, "high", FALSE, _("the high figure"), low, G_MAXDOUBLE, &high)
      && get_member (l, bar, "open_ended", KIND_BOOLEAN, FALSE, &node)
      && get_text (l, bar, "label", TRUE, &s);
}

static gboolean
validate_chart (Loader     *l,
                JsonObject *block)
{
  JsonArray *bars;
  const char *s;
  const char *scale;

  if (!get_text (l, block, "title", TRUE, &s)
      || !get_text (l, block, "unit", TRUE, &s)
      || !get_text (l, block, "scale", FALSE, &scale)
      || !get_text (l, block, "note", FALSE, &s))
    return FALSE;

  if (scale != NULL && g_strcmp0 (scale, "linear") != 0)
    {
      g_autofree char *shown = quote_text (scale);

      enter_member (l, "scale");
      return fail (l, SW_DATASET_ERROR_SHAPE,
                   _("the scale “%s” is unknown; this version knows only “linear”"), shown);
    }

  return get_list (l, block, "bars", TRUE, 1, G_MAXUINT, _("bars"), &bars)
      && each_object (l, bars, "bars", validate_bar, NULL);
}

static gboolean
validate_cell (Loader     *l,
               JsonObject *cell,
               guint       index,
               gpointer    data)
{
  const char *s;

  return get_text (l, cell, "text", TRUE, &s)
      && get_ref (l, cell, "technology", REF_TECHNOLOGY, FALSE, &s)
      && get_ref (l, cell, "preset", REF_PRESET, FALSE, &s)
      && get_text (l, cell, "note", FALSE, &s);
}

static gboolean
validate_table (Loader     *l,
                JsonObject *block)
{
  JsonArray *rows;
  const char *s;
  guint n_columns;
  gsize mark;

  if (!get_text (l, block, "title", FALSE, &s)
      || !get_text_list (l, block, "columns", 1, _("columns"), &n_columns)
      || !get_list (l, block, "rows", TRUE, 1, G_MAXUINT, _("rows"), &rows))
    return FALSE;

  mark = enter_member (l, "rows");
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonNode *node = json_array_get_element (rows, i);
      gsize item = enter_index (l, i);
      guint n_cells;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return fail (l, SW_DATASET_ERROR_SHAPE, _("expected a list of cells, found %s"),
                     describe_node (node));

      n_cells = json_array_get_length (json_node_get_array (node));
      if (n_cells != n_columns)
        return fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "this row has %u cell, but the table has %u columns",
                                  "this row has %u cells, but the table has %u columns",
                                  n_cells),
                     n_cells, n_columns);

      if (!each_object (l, json_node_get_array (node), NULL, validate_cell, NULL))
        return FALSE;

      leave (l, item);
    }
  leave (l, mark);

  return TRUE;
}

static const struct
{
  const char *type;
  gboolean  (*validate) (Loader     *l,
                         JsonObject *block);
} block_types[] = {
  { "paragraph", validate_text_block },
  { "heading", validate_text_block },
  { "facts", validate_facts },
  { "list", validate_list },
  { "compare", validate_compare },
  { "columns", validate_columns },
  { "pros-cons", validate_pros_cons },
  { "chart", validate_chart },
  { "table", validate_table },
};

static gboolean
validate_block (Loader     *l,
                JsonObject *block,
                guint       index,
                gpointer    data)
{
  g_autoptr(GString) known = g_string_new (NULL);
  g_autofree char *shown = NULL;
  const char *type;

  if (!get_text (l, block, "type", TRUE, &type))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (block_types); i++)
    {
      if (g_strcmp0 (type, block_types[i].type) == 0)
        return block_types[i].validate (l, block);
      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", block_types[i].type);
    }

  shown = quote_text (type);
  enter_member (l, "type");
  return fail (l, SW_DATASET_ERROR_SHAPE,
               _("“%s” is not a block type; the types are %s"), shown, known->str);
}

/* The top-level lists */

static gboolean
is_color (const char *text)
{
  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;

  return TRUE;
}

static gboolean
load_technology (Loader     *l,
                 JsonObject *obj,
                 guint       index,
                 gpointer    data)
{
  SwTechnology *tech = &l->self->technologies[index];
  const char *id, *name, *summary, *color;

  if (!get_id (l, obj, REF_TECHNOLOGY, &id)
      || !get_text (l, obj, "name", TRUE, &name)
      || !get_text (l, obj, "summary", TRUE, &summary)
      || !get_text (l, obj, "color", TRUE, &color))
    return FALSE;

  if (!is_color (color))
    {
      g_autofree char *shown = quote_text (color);

      enter_member (l, "color");
      return fail (l, SW_DATASET_ERROR_SHAPE,
                   _("“%s” is not a color; write it as #rrggbb, for example #3572a5"), shown);
    }

  tech->id = g_strdup (id);
  tech->name = g_strdup (name);
  tech->summary = g_strdup (summary);
  tech->color = g_ascii_strdown (color, -1);
  l->self->n_technologies = index + 1;

  return TRUE;
}

static gboolean
load_criterion (Loader     *l,
                JsonObject *obj,
                guint       index,
                gpointer    data)
{
  SwCriterion *criterion = &l->self->criteria[index];
  const char *id, *name, *help, *group;

  if (!get_id (l, obj, REF_CRITERION, &id)
      || !get_text (l, obj, "name", TRUE, &name)
      || !get_text (l, obj, "help", TRUE, &help)
      || !get_text (l, obj, "group", TRUE, &group))
    return FALSE;

  criterion->id = g_strdup (id);
  criterion->name = g_strdup (name);
  criterion->help = g_strdup (help);
  criterion->group = g_strdup (group);
  l->self->n_criteria = index + 1;

  return TRUE;
}

static gboolean
load_fit (Loader     *l,
          JsonObject *obj,
          SwFit      *fit)
{
  const char *rationale;
  double value = 0;

  if (!get_number (l, obj, "value", TRUE, _("the fit"), 0, 10, &value))
    return FALSE;

  /* A fit without a range is certain: its range is the value itself. */
  fit->value = fit->low = fit->high = value;
  if (!get_number (l, obj, "low", FALSE, _("the low end of the fit"), 0, 10, &fit->low)
      || !get_number (l, obj, "high", FALSE, _("the high end of the fit"), 0, 10, &fit->high)
      || !get_text (l, obj, "rationale", TRUE, &rationale))
    return FALSE;

  if (fit->low > value)
    {
      enter_member (l, "low");
      return fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
                   _("the low end (%g) must not be above the value (%g)"), fit->low, value);
    }
  if (fit->high < value)
    {
      enter_member (l, "high");
      return fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
                   _("the high end (%g) must not be below the value (%g)"), fit->high, value);
    }

  fit->rationale = g_strdup (rationale);
  return TRUE;
}

/* A {criterion id: …} or {technology id: …} map must have every entry and no stranger. */
static gboolean
check_complete (Loader     *l,
                JsonObject *map,
                RefKind     kind,
                const char *missing_format)
{
  if (!check_keys (l, map, kind))
    return FALSE;

  for (guint i = 0; i < ref_count (l->self, kind); i++)
    if (!json_object_has_member (map, ref_id (l->self, kind, i)))
      return fail (l, SW_DATASET_ERROR_MISSING_FIELD, missing_format, ref_id (l->self, kind, i));

  return TRUE;
}

static gboolean
load_fits (Loader     *l,
           JsonObject *root)
{
  SwDataset *self = l->self;
  guint n = self->n_technologies * self->n_criteria;
  JsonObject *fits;
  JsonNode *node;
  gsize mark;

  if (!get_member (l, root, "fits", KIND_OBJECT, TRUE, &node))
    return FALSE;

  fits = json_node_get_object (node);
  mark = enter_member (l, "fits");
  if (!check_complete (l, fits, REF_TECHNOLOGY, _("there are no fits for technology “%s”")))
    return FALSE;

  self->fits = g_new0 (SwFit, n);
  for (guint t = 0; t < self->n_technologies; t++)
    {
      const char *tech = self->technologies[t].id;
      JsonObject *row;
      gsize row_mark;

      if (!get_member (l, fits, tech, KIND_OBJECT, TRUE, &node))
        return FALSE;

      row = json_node_get_object (node);
      row_mark = enter_member (l, tech);
      if (!check_complete (l, row, REF_CRITERION,
                           _("the fit for criterion “%s” is missing")))
        return FALSE;

      for (guint c = 0; c < self->n_criteria; c++)
        {
          const char *criterion = self->criteria[c].id;
          gsize fit_mark;

          if (!get_member (l, row, criterion, KIND_OBJECT, TRUE, &node))
            return FALSE;

          fit_mark = enter_member (l, criterion);
          if (!load_fit (l, json_node_get_object (node), &self->fits[t * self->n_criteria + c]))
            return FALSE;
          leave (l, fit_mark);
        }

      leave (l, row_mark);
    }
  leave (l, mark);

  self->fit_values = g_new (double, n);
  self->fit_lows = g_new (double, n);
  self->fit_highs = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      self->fit_values[i] = self->fits[i].value;
      self->fit_lows[i] = self->fits[i].low;
      self->fit_highs[i] = self->fits[i].high;
    }

  return TRUE;
}

static gboolean
load_preset (Loader     *l,
             JsonObject *obj,
             guint       index,
             gpointer    data)
{
  SwDataset *self = l->self;
  SwPreset *preset = &self->presets[index];
  const char *id, *name, *audience, *reason, *expected;
  g_autofree double *weights = g_new0 (double, self->n_criteria);
  JsonObject *map;
  JsonNode *node;
  gsize mark;

  if (!get_id (l, obj, REF_PRESET, &id)
      || !get_text (l, obj, "name", TRUE, &name)
      || !get_text (l, obj, "audience", TRUE, &audience)
      || !get_text (l, obj, "reason", TRUE, &reason)
      || !get_ref (l, obj, "expected", REF_TECHNOLOGY, FALSE, &expected)
      || !get_member (l, obj, "weights", KIND_OBJECT, TRUE, &node))
    return FALSE;

  map = json_node_get_object (node);
  mark = enter_member (l, "weights");
  if (!check_complete (l, map, REF_CRITERION, _("the weight for criterion “%s” is missing")))
    return FALSE;

  for (guint c = 0; c < self->n_criteria; c++)
    if (!get_number (l, map, self->criteria[c].id, TRUE, _("the weight"), 0, 10, &weights[c]))
      return FALSE;
  leave (l, mark);

  preset->id = g_strdup (id);
  preset->name = g_strdup (name);
  preset->audience = g_strdup (audience);
  preset->reason = g_strdup (reason);
  preset->expected = g_strdup (expected);
  preset->weights = g_steal_pointer (&weights);
  self->n_presets = index + 1;

  return TRUE;
}

static gboolean
load_section (Loader     *l,
              JsonObject *obj,
              guint       index,
              gpointer    data)
{
  SwSection *section = &l->self->sections[index];
  const char *id, *title, *icon;
  JsonArray *blocks;

  if (!get_id (l, obj, REF_SECTION, &id)
      || !get_text (l, obj, "title", TRUE, &title)
      || !get_text (l, obj, "icon", FALSE, &icon)
      || !get_list (l, obj, "blocks", TRUE, 1, G_MAXUINT, _("blocks"), &blocks)
      || !each_object (l, blocks, "blocks", validate_block, NULL))
    return FALSE;

  section->id = g_strdup (id);
  section->title = g_strdup (title);
  section->icon = g_strdup (icon);
  section->blocks = json_array_ref (blocks);
  l->self->n_sections = index + 1;

  return TRUE;
}

/* Checked before anything else: a newer file may not match this version's rules. */
static gboolean
check_format (Loader     *l,
              JsonObject *root)
{
  JsonNode *node;
  gint64 format;

  if (!get_member (l, root, "format", KIND_NUMBER, TRUE, &node))
    return FALSE;

  if (json_node_get_value_type (node) != G_TYPE_INT64)
    {
      enter_member (l, "format");
      return fail (l, SW_DATASET_ERROR_SHAPE, _("the format must be a whole number, not %g"),
                   json_node_get_double (node));
    }

  format = json_node_get_int (node);
  if (format > SW_DATASET_FORMAT_VERSION)
    return fail (l, SW_DATASET_ERROR_NEWER_FORMAT,
                 _("made for a newer version of Stackwise (format %" G_GINT64_FORMAT
                   "; this version reads format %d)"),
                 format, SW_DATASET_FORMAT_VERSION);
  if (format < 1)
    {
      enter_member (l, "format");
      return fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
                   _("there is no format %" G_GINT64_FORMAT "; this version reads format %d"),
                   format, SW_DATASET_FORMAT_VERSION);
    }

  return TRUE;
}

static gboolean
load_root (Loader   *l,
           JsonNode *root_node)
{
  SwDataset *self = l->self;
  const char *id, *title, *subtitle, *source;
  JsonObject *root;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (l, SW_DATASET_ERROR_SHAPE,
                 _("a dataset is one JSON object ({ … }), but this file holds %s"),
                 describe_node (root_node));

  root = json_node_get_object (root_node);
  if (!check_format (l, root))
    return FALSE;

  if (!get_text (l, root, "id", TRUE, &id)
      || !get_text (l, root, "title", TRUE, &title)
      || !get_text (l, root, "subtitle", FALSE, &subtitle)
      || !get_text (l, root, "source", FALSE, &source))
    return FALSE;

  if (!is_valid_id (id))
    {
      g_autofree char *shown = quote_text (id);

      enter_member (l, "id");
      return fail (l, SW_DATASET_ERROR_SHAPE,
                   _("“%s” is not a valid id: use at most %d lowercase letters, digits, "
                     "“-” and “_”, starting with a letter or digit"),
                   shown, MAX_ID_LENGTH);
    }

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->source = g_strdup (source);

  if (!get_list (l, root, "technologies", TRUE, 2, 8, _("technologies"), &array))
    return FALSE;
  self->technologies = g_new0 (SwTechnology, json_array_get_length (array));
  if (!each_object (l, array, "technologies", load_technology, NULL))
    return FALSE;

  if (!get_list (l, root, "criteria", TRUE, 1, 32, _("criteria"), &array))
    return FALSE;
  self->criteria = g_new0 (SwCriterion, json_array_get_length (array));
  if (!each_object (l, array, "criteria", load_criterion, NULL)
      || !load_fits (l, root))
    return FALSE;

  if (!get_list (l, root, "presets", FALSE, 0, 64, _("presets"), &array))
    return FALSE;
  if (array != NULL)
    {
      self->presets = g_new0 (SwPreset, json_array_get_length (array));
      if (!each_object (l, array, "presets", load_preset, NULL))
        return FALSE;
    }

  if (!get_list (l, root, "sections", TRUE, 1, 32, _("sections"), &array))
    return FALSE;
  self->sections = g_new0 (SwSection, json_array_get_length (array));
  return each_object (l, array, "sections", load_section, NULL);
}

/* Parsing */

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

/* json-glib 1.6 says "<data>:3:8: Parse error: unexpected character `,', expected …";
 * keep the position and the problem, with the file's name and typographic quotes. */
static void
set_syntax_error (GError       **error,
                  const char    *name,
                  const GError  *parse_error)
{
  g_autoptr(GString) problem = g_string_new (NULL);
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
          g_string_append_c (problem, *p);
          continue;
        }
      g_string_append (problem, "“");
      g_string_append_len (problem, p + 1, close - p - 1);
      g_string_append (problem, "”");
      p = close;
    }

  if (line > 0)
    g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_NOT_JSON,
                 _("%s:%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ": not valid JSON: %s"),
                 name, line, column, problem->str);
  else
    g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_NOT_JSON,
                 _("%s: not valid JSON: %s"), name, problem->str);
}

static gboolean
too_large (GError     **error,
           const char  *name,
           guint64      size)
{
  g_set_error (error, SW_DATASET_ERROR, SW_DATASET_ERROR_TOO_LARGE,
               _("%s: the file is too large (%" G_GUINT64_FORMAT " bytes; "
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

  return TRUE;
}

static SwDataset *
load (GBytes      *bytes,
      const char  *name,
      const char  *origin,
      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(SwDataset) self = NULL;
  g_autoptr(GString) path = NULL;
  g_autoptr(GError) parse_error = NULL;
  Loader loader;
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

  path = g_string_new (NULL);
  loader = (Loader) { .self = self, .name = name, .path = path, .error = error };
  if (!load_root (&loader, root))
    return NULL;

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
        dataset = load (bytes, name, "built-in", &error);
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
