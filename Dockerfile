# Nadhir's processes (worker, dispatcher, bot, one-shot tools) share this image.
# Stage 1 builds the wheel: setup.py compiles the detection engine with mypyc, which needs gcc.
FROM python:3.11-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY config ./config
COPY streams ./streams
COPY alerts ./alerts
COPY nadhir ./nadhir
RUN pip wheel --no-deps --wheel-dir /wheels .

# Stage 2 runs it: no compiler, only the wheel and its dependencies.
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl && rm -rf /wheels
COPY samples ./samples
RUN useradd --system --create-home nadhir && mkdir -p /data && chown nadhir /data
USER nadhir
ENV NADHIR_WORKER_DATA_DIR=/data/worker NADHIR_HOST=0.0.0.0
ENTRYPOINT ["nadhir"]
