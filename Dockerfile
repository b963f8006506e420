# Arşiv app image. CPU torch by default; for a GPU host use a CUDA torch build and set
# ARSIV_EMBEDDING_BACKEND=sentence-transformers ARSIV_EMBEDDING_DEVICE=cuda.
FROM python:3.11-slim
WORKDIR /srv/arsiv
RUN pip install --no-cache-dir torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md app.py ./
COPY ingest ingest
COPY rag rag
COPY ui ui
RUN pip install --no-cache-dir .
COPY corpus corpus
ENV ARSIV_HOST=0.0.0.0 ARSIV_DATA_DIR=/data ARSIV_CORPUS_DIR=/srv/arsiv/corpus
VOLUME /data
EXPOSE 7860
CMD ["python", "app.py"]
