"""Views: renderers that turn a kg graph into files people look at."""
