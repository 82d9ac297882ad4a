def main():
    print("_guarded_mod main() ran")
    return 0

print("_guarded_mod imported, __name__ =", __name__)
if __name__ == "__main__":
    main()
