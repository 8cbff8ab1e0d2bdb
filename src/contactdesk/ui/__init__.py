"""The Qt face of ContactDesk: widgets present and dispatch; models wrap services."""
