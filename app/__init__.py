"""What a person drives: the CLI and the Streamlit viewer."""
