"""The DuckDB warehouse: one module owns the connection, migrations, loading, exports."""
