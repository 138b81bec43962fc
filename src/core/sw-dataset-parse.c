/* sw-dataset-parse.c — reading a dataset document: technologies, criteria, fits, presets, sections
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-dataset-private.h"

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
load_technology (SwLoader   *l,
                 JsonObject *obj,
                 guint       index,
                 gpointer    data)
{
  SwTechnology *tech = &l->self->technologies[index];
  const char *id, *name, *summary, *color;

  if (!sw_loader_get_id (l, obj, SW_REF_TECHNOLOGY, &id)
      || !sw_loader_get_text (l, obj, "name", TRUE, &name)
      || !sw_loader_get_text (l, obj, "summary", TRUE, &summary)
      || !sw_loader_get_text (l, obj, "color", TRUE, &color))
    return FALSE;

  if (!is_color (color))
    {
      g_autofree char *shown = sw_quote_text (color);

      return sw_loader_fail_at (l, "color", SW_DATASET_ERROR_SHAPE,
                                _("“%s” is not a color; write it as #rrggbb, for example #3572a5"),
                                shown);
    }

  tech->id = g_strdup (id);
  tech->name = g_strdup (name);
  tech->summary = g_strdup (summary);
  tech->color = g_ascii_strdown (color, -1);
  l->self->n_technologies = index + 1;

  return TRUE;
}

static gboolean
load_criterion (SwLoader   *l,
                JsonObject *obj,
                guint       index,
                gpointer    data)
{
  SwCriterion *criterion = &l->self->criteria[index];
  const char *id, *name, *help, *group, *answer;

  if (!sw_loader_get_id (l, obj, SW_REF_CRITERION, &id)
      || !sw_loader_get_text (l, obj, "name", TRUE, &name)
      || !sw_loader_get_text (l, obj, "help", TRUE, &help)
      || !sw_loader_get_text (l, obj, "group", TRUE, &group)
      || !sw_loader_get_text (l, obj, "answer", FALSE, &answer))
    return FALSE;

  if (answer == NULL)
    criterion->answer = SW_ANSWER_NONE;
  else if (g_strcmp0 (answer, "skills") == 0)
    criterion->answer = SW_ANSWER_SKILLS;
  else if (g_strcmp0 (answer, "existing") == 0)
    criterion->answer = SW_ANSWER_EXISTING;
  else
    {
      g_autofree char *shown = sw_quote_text (answer);

      return sw_loader_fail_at (l, "answer", SW_DATASET_ERROR_SHAPE,
                                _("“%s” is not a team answer; write “skills” or “existing”"),
                                shown);
    }

  for (guint c = 0; c < index; c++)
    if (criterion->answer != SW_ANSWER_NONE && l->self->criteria[c].answer == criterion->answer)
      return sw_loader_fail_at (l, "answer", SW_DATASET_ERROR_DUPLICATE_ID,
                                _("criterion “%s” already takes this answer; a dataset has "
                                  "at most one criterion for each"),
                                l->self->criteria[c].id);

  criterion->id = g_strdup (id);
  criterion->name = g_strdup (name);
  criterion->help = g_strdup (help);
  criterion->group = g_strdup (group);
  l->self->n_criteria = index + 1;

  return TRUE;
}

/* Enters @member of @obj: a map with an entry for each of @kind's list and
 * no other. On success the caller leaves at *mark when done with *map. */
static gboolean
enter_complete_map (SwLoader    *l,
                    JsonObject  *obj,
                    const char  *member,
                    SwRefKind    kind,
                    const char  *missing_format,
                    JsonObject **map,
                    gsize       *mark)
{
  JsonNode *node;

  if (!sw_json_reader_get_member (&l->reader, obj, member, SW_JSON_KIND_OBJECT, TRUE, &node))
    return FALSE;

  *map = json_node_get_object (node);
  *mark = sw_json_reader_enter_member (&l->reader, member);
  return sw_loader_check_complete (l, *map, kind, missing_format);
}

static gboolean
load_fit (SwLoader   *l,
          JsonObject *obj,
          SwFit      *fit)
{
  const char *rationale;
  double value = 0;

  if (!sw_loader_get_number (l, obj, "value", TRUE, _("the fit"), 0, 10, &value))
    return FALSE;

  /* A fit without a range is certain: its range is the value itself. */
  fit->value = fit->low = fit->high = value;
  if (!sw_loader_get_number (l, obj, "low", FALSE, _("the low end of the fit"), 0, 10,
                             &fit->low)
      || !sw_loader_get_number (l, obj, "high", FALSE, _("the high end of the fit"), 0, 10,
                                &fit->high)
      || !sw_loader_get_text (l, obj, "rationale", TRUE, &rationale))
    return FALSE;

  if (fit->low > value)
    return sw_loader_fail_at (l, "low", SW_DATASET_ERROR_OUT_OF_RANGE,
                              _("the low end (%g) must not be above the value (%g)"),
                              fit->low, value);
  if (fit->high < value)
    return sw_loader_fail_at (l, "high", SW_DATASET_ERROR_OUT_OF_RANGE,
                              _("the high end (%g) must not be below the value (%g)"),
                              fit->high, value);

  fit->rationale = g_strdup (rationale);
  return TRUE;
}

static gboolean
load_fits (SwLoader   *l,
           JsonObject *root)
{
  SwDataset *self = l->self;
  guint n = self->n_technologies * self->n_criteria;
  JsonObject *fits;
  gsize mark;

  if (!enter_complete_map (l, root, "fits", SW_REF_TECHNOLOGY,
                           _("there are no fits for technology “%s”"), &fits, &mark))
    return FALSE;

  self->fits = g_new0 (SwFit, n);
  for (guint t = 0; t < self->n_technologies; t++)
    {
      JsonObject *row;
      gsize row_mark;

      JsonNode *row_node;

      if (!sw_json_reader_get_member (&l->reader, fits, self->technologies[t].id, SW_JSON_KIND_OBJECT, TRUE,
                                      &row_node))
        return FALSE;
      row = json_node_get_object (row_node);
      row_mark = sw_json_reader_enter_member (&l->reader, self->technologies[t].id);
      if (!sw_loader_check_keys (l, row, SW_REF_CRITERION))
        return FALSE;

      for (guint c = 0; c < self->n_criteria; c++)
        {
          const char *criterion = self->criteria[c].id;
          JsonNode *node;
          gsize fit_mark;

          if (self->criteria[c].answer != SW_ANSWER_NONE)
            {
              if (json_object_has_member (row, criterion))
                return sw_loader_fail_at (l, criterion, SW_DATASET_ERROR_SHAPE,
                                          _("criterion “%s” takes its fits from the team's "
                                            "answer; remove its fit here"),
                                          criterion);
              continue;
            }

          if (!json_object_has_member (row, criterion))
            return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_MISSING_FIELD,
                                        _("the fit for criterion “%s” is missing"), criterion);
          if (!sw_json_reader_get_member (&l->reader, row, criterion, SW_JSON_KIND_OBJECT, TRUE, &node))
            return FALSE;

          fit_mark = sw_json_reader_enter_member (&l->reader, criterion);
          if (!load_fit (l, json_node_get_object (node), &self->fits[t * self->n_criteria + c]))
            return FALSE;
          sw_json_reader_leave (&l->reader, fit_mark);
        }

      sw_json_reader_leave (&l->reader, row_mark);
    }
  sw_json_reader_leave (&l->reader, mark);

  self->fit_values = g_new (double, n);
  self->fit_lows = g_new (double, n);
  self->fit_highs = g_new (double, n);
  self->weight_factors = g_new (double, self->n_criteria);
  sw_situation_init (&self->situation);
  sw_dataset_fill_situation (self, self);

  return TRUE;
}

/* "situation": {"skills": {technology: level}, "existing": technology or "none"},
 * both optional: the facts a preset's guide cell states. */
static gboolean
load_preset_situation (SwLoader    *l,
                       JsonObject  *obj,
                       SwSituation *situation)
{
  SwDataset *self = l->self;
  JsonNode *node;
  JsonObject *situation_obj;
  const char *existing;
  gsize mark;

  sw_situation_init (situation);
  if (!sw_json_reader_get_member (&l->reader, obj, "situation", SW_JSON_KIND_OBJECT, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  situation_obj = json_node_get_object (node);
  mark = sw_json_reader_enter_member (&l->reader, "situation");

  if (!sw_json_reader_get_member (&l->reader, situation_obj, "skills", SW_JSON_KIND_OBJECT, FALSE, &node))
    return FALSE;
  if (node != NULL)
    {
      JsonObject *skills = json_node_get_object (node);
      gsize skills_mark = sw_json_reader_enter_member (&l->reader, "skills");

      if (sw_dataset_find_answer (self, SW_ANSWER_SKILLS) < 0)
        return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                                    _("no criterion takes the team's skills (\"answer\": \"skills\")"));
      if (!sw_loader_check_keys (l, skills, SW_REF_TECHNOLOGY))
        return FALSE;
      for (guint t = 0; t < self->n_technologies; t++)
        if (json_object_has_member (skills, self->technologies[t].id)
            && !sw_loader_get_number (l, skills, self->technologies[t].id, TRUE,
                                      _("the skill level"), 0, 10, &situation->skills[t]))
          return FALSE;
      sw_json_reader_leave (&l->reader, skills_mark);
    }

  if (!sw_loader_get_text (l, situation_obj, "existing", FALSE, &existing))
    return FALSE;
  if (existing != NULL)
    {
      if (sw_dataset_find_answer (self, SW_ANSWER_EXISTING) < 0)
        return sw_loader_fail_at (l, "existing", SW_DATASET_ERROR_UNKNOWN_REFERENCE,
                                  _("no criterion takes the existing systems "
                                    "(\"answer\": \"existing\")"));
      if (g_strcmp0 (existing, "none") == 0)
        situation->existing = SW_EXISTING_NONE;
      else if (!sw_loader_get_ref (l, situation_obj, "existing", SW_REF_TECHNOLOGY, TRUE,
                                   &existing))
        return FALSE;
      else
        situation->existing = sw_dataset_find_technology (self, existing);
    }

  sw_json_reader_leave (&l->reader, mark);
  return TRUE;
}

static gboolean
load_preset (SwLoader   *l,
             JsonObject *obj,
             guint       index,
             gpointer    data)
{
  SwDataset *self = l->self;
  SwPreset *preset = &self->presets[index];
  const char *id, *name, *audience, *reason, *expected;
  g_autofree double *weights = g_new0 (double, self->n_criteria);
  JsonObject *map;
  gsize mark;

  if (!sw_loader_get_id (l, obj, SW_REF_PRESET, &id)
      || !sw_loader_get_text (l, obj, "name", TRUE, &name)
      || !sw_loader_get_text (l, obj, "audience", TRUE, &audience)
      || !sw_loader_get_text (l, obj, "reason", TRUE, &reason)
      || !sw_loader_get_ref (l, obj, "expected", SW_REF_TECHNOLOGY, FALSE, &expected)
      || !enter_complete_map (l, obj, "weights", SW_REF_CRITERION,
                              _("the weight for criterion “%s” is missing"), &map, &mark))
    return FALSE;

  for (guint c = 0; c < self->n_criteria; c++)
    if (!sw_loader_get_number (l, map, self->criteria[c].id, TRUE, _("the weight"), 0, 10,
                               &weights[c]))
      return FALSE;
  sw_json_reader_leave (&l->reader, mark);

  if (!load_preset_situation (l, obj, &preset->situation))
    return FALSE;

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
load_section (SwLoader   *l,
              JsonObject *obj,
              guint       index,
              gpointer    data)
{
  SwSection *section = &l->self->sections[index];
  const char *id, *title, *icon;
  JsonArray *blocks;

  if (!sw_loader_get_id (l, obj, SW_REF_SECTION, &id)
      || !sw_loader_get_text (l, obj, "title", TRUE, &title)
      || !sw_loader_get_text (l, obj, "icon", FALSE, &icon)
      || !sw_loader_get_list (l, obj, "blocks", TRUE, 1, G_MAXUINT, _("blocks"), &blocks))
    return FALSE;

  /* Counted before its blocks are read, so that the blocks read before a
   * bad one are freed with the dataset. */
  section->id = g_strdup (id);
  section->title = g_strdup (title);
  section->icon = g_strdup (icon);
  section->n_blocks = json_array_get_length (blocks);
  section->blocks = g_new0 (SwBlock *, section->n_blocks);
  l->self->n_sections = index + 1;

  return sw_loader_each_object (l, blocks, "blocks", sw_loader_read_block, section);
}

/* Checked before anything else: a newer file may not match this version's rules. */
static gboolean
check_format (SwLoader   *l,
              JsonObject *root)
{
  JsonNode *node;
  gint64 format;

  if (!sw_json_reader_get_member (&l->reader, root, "format", SW_JSON_KIND_NUMBER, TRUE, &node))
    return FALSE;

  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return sw_loader_fail_at (l, "format", SW_DATASET_ERROR_SHAPE,
                              _("the format must be a whole number, not %g"),
                              json_node_get_double (node));

  format = json_node_get_int (node);
  if (format > SW_DATASET_FORMAT_VERSION)
    return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_NEWER_FORMAT,
                                _("made for a newer version of Stackwise (format %" PRId64
                                  "; this version reads format %d)"),
                                format, SW_DATASET_FORMAT_VERSION);
  if (format < 1)
    return sw_loader_fail_at (l, "format", SW_DATASET_ERROR_OUT_OF_RANGE,
                              _("there is no format %" PRId64
                                "; this version reads format %d"),
                              format, SW_DATASET_FORMAT_VERSION);

  return TRUE;
}

static gboolean
load_root (SwLoader *l,
           JsonNode *root_node)
{
  SwDataset *self = l->self;
  const char *id, *title, *subtitle, *source;
  JsonObject *root;
  JsonArray *array;
  gsize mark;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_SHAPE,
                                _("a dataset is one JSON object ({ … }), but this file holds %s"),
                                sw_json_describe_node (root_node));

  root = json_node_get_object (root_node);
  if (!check_format (l, root))
    return FALSE;

  if (!sw_loader_get_text (l, root, "id", TRUE, &id)
      || !sw_loader_get_text (l, root, "title", TRUE, &title)
      || !sw_loader_get_text (l, root, "subtitle", FALSE, &subtitle)
      || !sw_loader_get_text (l, root, "source", FALSE, &source))
    return FALSE;

  mark = sw_json_reader_enter_member (&l->reader, "id");
  if (!sw_loader_check_id (l, id))
    return FALSE;
  sw_json_reader_leave (&l->reader, mark);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->source = g_strdup (source);

  if (!sw_loader_get_list (l, root, "technologies", TRUE, 2, 8, _("technologies"), &array))
    return FALSE;
  self->technologies = g_new0 (SwTechnology, json_array_get_length (array));
  if (!sw_loader_each_object (l, array, "technologies", load_technology, NULL))
    return FALSE;

  if (!sw_loader_get_list (l, root, "criteria", TRUE, 1, 32, _("criteria"), &array))
    return FALSE;
  self->criteria = g_new0 (SwCriterion, json_array_get_length (array));
  if (!sw_loader_each_object (l, array, "criteria", load_criterion, NULL)
      || !load_fits (l, root))
    return FALSE;

  if (!sw_loader_get_list (l, root, "presets", FALSE, 0, 64, _("presets"), &array))
    return FALSE;
  if (array != NULL)
    {
      self->presets = g_new0 (SwPreset, json_array_get_length (array));
      if (!sw_loader_each_object (l, array, "presets", load_preset, NULL))
        return FALSE;
    }

  if (!sw_loader_get_list (l, root, "sections", TRUE, 1, 32, _("sections"), &array))
    return FALSE;
  self->sections = g_new0 (SwSection, json_array_get_length (array));
  return sw_loader_each_object (l, array, "sections", load_section, NULL);
}

gboolean
sw_dataset_parse (SwDataset   *self,
                  JsonNode    *root,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  SwLoader loader = {
    .reader = { .name = name, .path = path, .error = error, .domain = SW_DATASET_ERROR,
                .missing_code = SW_DATASET_ERROR_MISSING_FIELD, .shape_code = SW_DATASET_ERROR_SHAPE },
    .self = self,
  };

  return load_root (&loader, root);
}
