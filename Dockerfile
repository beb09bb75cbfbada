# Nadhir's processes (worker, dispatcher, bot, one-shot tools) share this image.
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY config ./config
COPY streams ./streams
COPY alerts ./alerts
COPY nadhir ./nadhir
COPY samples ./samples
RUN pip install .
RUN useradd --system --create-home nadhir && mkdir -p /data && chown nadhir /data
USER nadhir
ENV NADHIR_WORKER_DATA_DIR=/data/worker NADHIR_HOST=0.0.0.0
ENTRYPOINT ["nadhir"]
