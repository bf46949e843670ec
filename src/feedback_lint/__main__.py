from .cli import main

if __name__ == "__main__":  # not when a worker process (batch --jobs) re-imports the main module
    main()
