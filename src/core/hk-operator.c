/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-operator.c: a person who logs in and acts, with the roles they hold.
 *
 * Operators are values: only HkOperatorStore creates them, and a change makes
 * a new one.
 */

#include "config.h"

#include "hk-operator.h"

struct _HkOperator
{
  GObject  parent_instance;
  gint64   id;
  char    *login;
  char    *display_name;
  HkRoles  roles;
  gboolean active;
  gint64   created_at;
};

G_DEFINE_FINAL_TYPE (HkOperator, hk_operator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LOGIN,
  PROP_DISPLAY_NAME,
  PROP_ROLES,
  PROP_ACTIVE,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_operator_finalize (GObject *object)
{
  HkOperator *self = (HkOperator *)object;

  g_clear_pointer (&self->login, g_free);
  g_clear_pointer (&self->display_name, g_free);

  G_OBJECT_CLASS (hk_operator_parent_class)->finalize (object);
}

static void
hk_operator_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HkOperator *self = HK_OPERATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_LOGIN:
      g_value_set_string (value, self->login);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;
    case PROP_ROLES:
      g_value_set_flags (value, self->roles);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_operator_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HkOperator *self = HK_OPERATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_LOGIN:
      self->login = g_value_dup_string (value);
      break;
    case PROP_DISPLAY_NAME:
      self->display_name = g_value_dup_string (value);
      break;
    case PROP_ROLES:
      self->roles = g_value_get_flags (value);
      break;
    case PROP_ACTIVE:
      self->active = g_value_get_boolean (value);
      break;
    case PROP_CREATED_AT:
      self->created_at = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_operator_class_init (HkOperatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_operator_finalize;
  object_class->get_property = hk_operator_get_property;
  object_class->set_property = hk_operator_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LOGIN] =
    g_param_spec_string ("login", NULL, NULL, NULL, flags);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL, flags);
  properties[PROP_ROLES] =
    g_param_spec_flags ("roles", NULL, NULL, HK_TYPE_ROLES, HK_ROLE_NONE, flags);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE, flags);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_operator_init (HkOperator *self)
{
  self->active = TRUE;
}

gint64
hk_operator_get_id (HkOperator *self)
{
  g_return_val_if_fail (HK_IS_OPERATOR (self), 0);

  return self->id;
}

const char *
hk_operator_get_login (HkOperator *self)
{
  g_return_val_if_fail (HK_IS_OPERATOR (self), NULL);

  return self->login;
}

const char *
hk_operator_get_display_name (HkOperator *self)
{
  g_return_val_if_fail (HK_IS_OPERATOR (self), NULL);

  return self->display_name;
}

HkRoles
hk_operator_get_roles (HkOperator *self)
{
  g_return_val_if_fail (HK_IS_OPERATOR (self), HK_ROLE_NONE);

  return self->roles;
}

gboolean
hk_operator_get_active (HkOperator *self)
{
  g_return_val_if_fail (HK_IS_OPERATOR (self), FALSE);

  return self->active;
}

gint64
hk_operator_get_created_at (HkOperator *self)
{
  g_return_val_if_fail (HK_IS_OPERATOR (self), 0);

  return self->created_at;
}

gboolean
hk_operator_has_any_role (HkOperator *self,
                          HkRoles     roles)
{
  g_return_val_if_fail (HK_IS_OPERATOR (self), FALSE);

  return self->active && (self->roles & roles) != 0;
}
