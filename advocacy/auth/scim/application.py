"""What the SCIM blueprint needs before any SCIM module is loaded (kept free of scim2 imports)."""

MAX_BODY = 1024 * 1024
