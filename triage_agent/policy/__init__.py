"""Policy: what to propose for judged failures (``decide``) and when a rerun may happen (``rerun``)."""
